import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import type { Element, Root } from "hast";
import rehypeParse from "rehype-parse";
import Parser from "rss-parser";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { pagePaths } from "./pages";
import { baseUrl, SITES } from "./sites";

/**
 * The XSS corpus (tests/fixtures/xss): every field carries a distinct alert(N). Pages are
 * loaded with JavaScript on and the site's CSP removed, so the HTML itself is what is
 * tested: no dialog may open and no injected element or attribute may reach the DOM.
 */
const INJECTED = "script:not([type='application/ld+json']), iframe, object, embed, svg, marquee, details, style:not([data-precedence]), img[src='x']";

test("no page of the XSS corpus runs or carries an injected script", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(`${page.url()}: ${d.message()}`);
    await d.dismiss();
  });
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== "127.0.0.1") return route.abort(); // nothing leaves the machine
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers["content-security-policy"];
    await route.fulfill({ response, headers });
  });
  for (const path of pagePaths("xss")) {
    await page.goto(`${baseUrl("xss")}${path}`);
    await page.mouse.move(10, 10);
    await page.mouse.move(300, 300);
    const injected = await page.locator(INJECTED).evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 80)));
    expect(injected, path).toEqual([]);
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll("*")].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => `${el.tagName} ${a.name}=${a.value}`),
      ),
    );
    expect(handlers, path).toEqual([]);
  }
  expect(dialogs).toEqual([]);
});

test("hostile text is shown as text, exactly as written", async ({ page }) => {
  await page.goto(`${baseUrl("xss")}/incidents/attack/`);
  await expect(page.locator("h1")).toHaveText("</script><script>alert(8)</script>");
  await expect(page.locator("article#first h3")).toHaveText('"><svg onload=alert(10)>');
  await expect(page.locator("article#first .changes")).toContainText("<img src=x onerror=alert(12)>");
  await expect(page.locator("article#first code").first()).toHaveText("<script>alert(14)</script>");
  await page.goto(`${baseUrl("xss")}/services/`);
  await expect(page.locator("#forms h3")).toHaveText("Forms <style>*{}</style><script>alert(17)</script>");
});

const htmlParser = unified().use(rehypeParse, { fragment: true });

function executable(html: string): string[] {
  const found: string[] = [];
  visit(htmlParser.parse(html) as Root, "element", (el: Element) => {
    if (["script", "iframe", "object", "embed", "svg", "style"].includes(el.tagName)) found.push(el.tagName);
    for (const [name, value] of Object.entries(el.properties)) {
      if (/^on/i.test(name)) found.push(`${el.tagName}[${name}]`);
      if (typeof value === "string" && /^\s*javascript:/i.test(value)) found.push(`${el.tagName}[${name}=${value}]`);
    }
  });
  return found;
}

test("feeds and JSON carry the payloads only as text", async () => {
  const out = SITES.xss.outDir;
  const parser = new Parser();
  for (const file of ["feed.xml", "atom.xml", "incidents/attack/feed.xml"]) {
    const feed = await parser.parseString(readFileSync(join(out, file), "utf8"));
    for (const item of feed.items) {
      // Fields a reader renders as HTML must hold no executable markup.
      for (const html of [item.content, item["content:encoded"], item.summary].filter(Boolean) as string[]) {
        expect(executable(html), `${file}: ${item.title}`).toEqual([]);
      }
    }
    // RSS titles are plain text; Atom's are type="html", so the payload arrives escaped.
    const title = file.endsWith("atom.xml") ? "&quot;&gt;&lt;svg onload=alert(10)&gt;" : '"><svg onload=alert(10)>';
    expect(feed.items.map((i) => i.title), file).toContain(title);
  }
  for (const file of ["feed.json", "api/v2/summary.json", "api/v2/incidents.json", "embed/status.json"]) {
    const data = JSON.parse(readFileSync(join(out, file), "utf8"));
    // JSON strings are data, not markup; the one HTML field is JSON Feed's content_html.
    expect(JSON.stringify(data), file).toContain("alert(");
    if (file === "feed.json") {
      for (const item of data.items) expect(executable(item.content_html), item.id).toEqual([]);
    }
  }
  expect(executable(readFileSync(join(out, "embed/banner.html"), "utf8")).filter((t) => t !== "style")).toEqual([]);
});
