import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { publishedOnly } from "../../lib/content/derive";
import { en } from "../../lib/i18n/messages/en";
import { cy } from "../../lib/i18n/messages/cy";
import { sitePages } from "../../lib/routes";
import { pngSize } from "../support/png";
import { contentOf } from "./pages";
import { baseUrl, SITES } from "./sites";

/**
 * The Welsh–English site (tests/fixtures/welsh-site): English by default, Welsh in full,
 * Arabic for one advice page. Every page in both full languages, each linking to the
 * other; no English interface words on a Welsh page; the Arabic page right to left,
 * accessible and within budget.
 */
const url = (path: string) => `${baseUrl("welsh")}${path}`;
const out = SITES.welsh.outDir;

/** The English site's pages (no prefix), from the same list the routes use. */
function englishPages(): string[] {
  return [...sitePages(publishedOnly(contentOf("welsh"))).keys()].filter((p) => p.endsWith("/"));
}

/** Every interface string of the English table that Welsh says differently, as fragments a page could show. */
function englishInterfaceStrings(): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, welsh: unknown) => {
    if (typeof value === "string") {
      if (value !== welsh) found.add(value.trim());
    } else if (typeof value === "function") {
      // A sentence with a gap (a name, a time, a count): its fixed words either side of the gap.
      const filled =
        value === en.boardSummary
          ? [["major-outage", "suspended", "degraded", "operational"], ["operational", "operational"], []].map((s) => value(s)).join("\u0000")
          : String(value("\u0000", "\u0000"));
      for (const part of filled.split(/\u0000|\d+/)) {
        const text = part.trim().replace(/^[:.,()]+|[:.,()]+$/g, "").trim();
        if (text.length >= 8) found.add(text);
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, (welsh as unknown[] | undefined)?.[i]));
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) walk(v, (welsh as Record<string, unknown> | undefined)?.[k]);
    }
  };
  walk(en, cy);
  // Words English and Welsh both use as they are (names of formats) are not English interface text.
  return [...found].filter((s) => s.length >= 4 && !/^(RSS|Atom|JSON)\b/.test(s));
}

test("every page exists in English and Welsh, each with the switch to the other and hreflang alternates", async ({ page }) => {
  const problems: string[] = [];
  for (const path of englishPages()) {
    for (const [lang, here, there, otherLang] of [
      ["en-GB", path, `/cy${path}`, "cy"],
      ["cy", `/cy${path}`, path, "en-GB"],
    ] as const) {
      const response = await page.goto(url(here));
      if (response?.status() !== 200) {
        problems.push(`${here}: status ${response?.status()}`);
        continue;
      }
      if ((await page.locator("html").getAttribute("lang")) !== lang) problems.push(`${here}: html lang is not ${lang}`);
      const switchLink = page.locator(`nav.language-switch a[hreflang="${otherLang}"]`);
      if ((await switchLink.getAttribute("href")) !== there) problems.push(`${here}: the language switch does not link to ${there}`);
      await expect(page.locator("nav.language-switch [aria-current]")).toHaveCount(1);
      const alternate = await page.locator(`head link[rel="alternate"][hreflang="${otherLang}"]`).getAttribute("href");
      if (alternate !== `https://status.example-vale.gov.wales${there}`) problems.push(`${here}: hreflang ${otherLang} is ${alternate}`);
    }
  }
  expect(problems).toEqual([]);
});

/** The English interface strings a page shows (in its text, labels and title). */
async function englishStringsOn(page: import("@playwright/test").Page, english: string[]): Promise<string[]> {
  const text = await page.locator("body").innerText();
  const attributes = await page.locator("[aria-label], [title]").evaluateAll((els) =>
    els.map((e) => `${e.getAttribute("aria-label") ?? ""} ${e.getAttribute("title") ?? ""}`).join(" "),
  );
  const title = await page.title();
  return english.filter((s) => {
    const pattern = new RegExp(`(^|[^\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u");
    return pattern.test(text) || pattern.test(attributes) || pattern.test(title);
  });
}

test("no English interface string appears on a Welsh page", async ({ page }) => {
  const english = englishInterfaceStrings();
  expect(english.length).toBeGreaterThan(100);
  // The scan finds them where they are: on the English pages.
  await page.goto(url("/services/online-payments/"));
  expect(await englishStringsOn(page, english)).toEqual(expect.arrayContaining(["Skip to main content", "If you need help urgently", "What to do instead", "Run by"]));
  const found: string[] = [];
  for (const path of englishPages()) {
    await page.goto(url(`/cy${path}`));
    for (const s of await englishStringsOn(page, english)) found.push(`/cy${path}: "${s}"`);
  }
  expect(found).toEqual([]);
});

test("Welsh pages show Welsh dates and the Welsh texts; the Welsh feed is in Welsh, the Statuspage API stays English", async ({ page, request }) => {
  await page.goto(url("/cy/incidents/ymosodiad-seiber/updates/a-phones-down/"));
  await expect(page.locator("h1")).toHaveText("Nid yw'r llinellau ffôn na thaliadau ar-lein yn gweithio");
  await expect(page.locator(".update-meta time")).toHaveText("Dydd Llun 24 Tachwedd 2025, 9:30yb");
  await expect(page.locator(".update-meta [data-phase-tag]")).toHaveText("Ymchwilio");
  const feed = await (await request.get(url("/cy/feed.xml"))).text();
  expect(feed).toContain("<language>cy</language>");
  expect(feed).toContain("Mae'r llinellau ffôn yn gweithio eto");
  expect(feed).toContain("https://status.example-vale.gov.wales/cy/incidents/ymosodiad-seiber/updates/b-phones-back/");
  const summary = await (await request.get(url("/api/v2/summary.json"))).json();
  expect(summary.incidents?.[0]?.name ?? summary.components?.[0]?.name).toMatch(/Cyber attack|Phone lines|Online payments/);
  const sitemap = await (await request.get(url("/sitemap.xml"))).text();
  expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="cy" href="https://status.example-vale.gov.wales/cy/advice/" />');
});

test("the 404 page speaks English and Welsh", async ({ page }) => {
  await page.goto(url("/cy/dim-tudalen/"));
  await expect(page.locator("h1")).toHaveText("Page not found");
  await expect(page.locator('[lang="cy"] h2')).toHaveText("Heb ddod o hyd i’r dudalen");
});

test.describe("the Arabic advice page", () => {
  test("reads right to left, keeps phone numbers and email addresses left to right, and says which texts are in English", async ({ page }) => {
    await page.goto(url("/ar/advice/"));
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("#check-a-message h2")).toHaveText("هل هذه الرسالة منّا حقًا؟");
    // Every phone number and email address shown as itself reads left to right.
    for (const link of await page.locator('a[href^="tel:"], a[href^="mailto:"]').all()) {
      const direction = await link.evaluate((a) => getComputedStyle(a.querySelector("[dir]") ?? a).direction);
      expect(direction, await link.innerText()).toBe("ltr");
    }
    // In the Arabic body the number stays in its written order.
    await expect(page.locator('#check-a-message [dir="ltr"]', { hasText: "01234 567000" })).toHaveCount(1);
    // The section not yet in Arabic is marked as English, with a note in Arabic.
    await expect(page.locator('#passwords h2[lang="en"]')).toHaveText("Keep your accounts safe");
    await expect(page.locator("#passwords .untranslated")).toContainText("الإنجليزية");
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`${colorScheme}: no axe violations (WCAG 2.2 A/AA) on Arabic and Welsh pages`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const failures: string[] = [];
      for (const path of ["/ar/advice/", "/ar/", "/cy/", "/cy/services/online-payments/", "/cy/incidents/ymosodiad-seiber/", "/cy/accessibility/"]) {
        await page.goto(url(path));
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
        for (const v of results.violations) failures.push(`${path}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")}`);
      }
      expect(failures).toEqual([]);
    });
  }

  test("reflows at 320 px without scrolling sideways", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ["/ar/advice/", "/ar/", "/cy/incidents/ymosodiad-seiber/updates/a-phones-down/"]) {
      await page.goto(url(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test("every Welsh and Arabic page's HTML plus CSS fits in 14 KB gzipped", () => {
  const over: string[] = [];
  for (const path of englishPages().flatMap((p) => [`/cy${p}`, `/ar${p}`])) {
    const file = join(out, `${path}index.html`);
    expect(existsSync(`${file}.gz`), file).toBe(true);
    const html = readFileSync(file, "utf8");
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    const total = statSync(`${file}.gz`).size + css.reduce((sum, c) => sum + statSync(join(out, `${c}.gz`)).size, 0);
    if (total > 14 * 1024) over.push(`${path}: ${total} bytes`);
  }
  expect(over).toEqual([]);
});

test("a Welsh page is shared with a Welsh card: its own address, drawn from the Welsh title", async ({ page, request }) => {
  await page.goto(url("/cy/incidents/ymosodiad-seiber/updates/a-phones-down/"));
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toBe("https://status.example-vale.gov.wales/cy/incidents/ymosodiad-seiber/updates/a-phones-down/card.png");
  const welsh = await (await request.get(url("/cy/incidents/ymosodiad-seiber/updates/a-phones-down/card.png"))).body();
  const english = await (await request.get(url("/incidents/ymosodiad-seiber/updates/a-phones-down/card.png"))).body();
  for (const png of [welsh, english]) expect(pngSize(png)).toEqual({ signature: "PNG", width: 1200, height: 630 });
  expect(welsh.equals(english)).toBe(false);
});
