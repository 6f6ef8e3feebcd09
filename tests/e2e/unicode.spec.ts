/**
 * What writers really type, built with the network unavailable: emoji (ZWJ sequences,
 * skin tones, flags), Welsh, Polish, Arabic and Urdu, Bengali, Gujarati, Punjabi and
 * Chinese in every kind of field (tests/fixtures/unicode). Pages, feeds, the API and
 * JSON-LD carry the text exactly as written (NFC); every social card is a real PNG.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import Parser from "rss-parser";
import { publishedOnly } from "../../lib/content/derive";
import { socialCards } from "../../lib/social-cards/cards";
import { canUseNetworkNamespace } from "../../scripts/offline/offline";
import { pngSize } from "../support/png";
import { contentOf } from "./pages";
import { baseUrl, builtSites, offlineRecord, SITES, type SiteName } from "./sites";

const base = baseUrl("unicode");
const content = contentOf("unicode");
const published = publishedOnly(content);

interface OfflineRecord {
  mode: "namespace" | "guard";
  status: number;
  attempts: string[];
  warnings: string[];
}
const record = (site: SiteName): OfflineRecord => JSON.parse(readFileSync(offlineRecord(SITES[site].outDir), "utf8"));

test("every test site was built with the network unavailable, and no build tried to reach another host", () => {
  for (const site of builtSites()) {
    const { mode, status, attempts } = record(site);
    expect(status, site).toBe(0);
    // Where the machine allows a network namespace (root on Linux, as in CI), the build had no network device at all.
    expect(mode, site).toBe(canUseNetworkNamespace() ? "namespace" : "guard");
    expect(attempts, `${site}: network requests the build tried`).toEqual([]);
  }
});

test("a card the fonts cannot fully draw is a warning naming the file and line, and the site still publishes", async ({ request }) => {
  const { warnings } = record("unicode");
  expect(warnings).toContainEqual(expect.stringMatching(/^incidents\/ymosodiad-seiber\/updates\/j-tamil\.md:2: title: warning: the social card \S+ shows boxes for the Tamil text/));
  // Only the Tamil title lacks a font: emoji, Welsh, Arabic, Bengali, Chinese and the rest all draw.
  expect(warnings).toHaveLength(1);
  expect((await request.get(`${base}/incidents/ymosodiad-seiber/updates/j-tamil/`)).status()).toBe(200);
});

test("the test content really is in many scripts, with a decomposed title that must be published composed", () => {
  const titles = published.updates.map((u) => u.title).join(" ");
  for (const script of ["Arabic", "Bengali", "Han", "Gujarati", "Gurmukhi", "Tamil"]) expect(titles + published.updates.map((u) => u.summary).join(" ")).toMatch(new RegExp(`\\p{Script=${script}}`, "u"));
  expect(titles).toMatch(/\p{Extended_Pictographic}\u200D/u); // a ZWJ sequence
  expect(readFileSync(`${SITES.unicode.contentDir}/incidents/ymosodiad-seiber/updates/i-decomposed.md`, "utf8")).toContain("w\u0302");
});

test("every update's page and the timeline show its title exactly as written, in NFC", async ({ page }) => {
  await page.goto(`${base}/incidents/ymosodiad-seiber/`);
  // The latest updates in full, then the earlier ones by title (lib/timeline.ts), newest first.
  const timelineTitles = await page.locator("article.update h3, .timeline-brief li a").allTextContents();
  expect(timelineTitles).toEqual([...published.updates].reverse().map((u) => u.title));
  for (const update of published.updates) {
    await page.goto(`${base}/incidents/ymosodiad-seiber/updates/${update.slug}/`);
    const h1 = await page.locator("h1").textContent();
    expect(h1).toBe(update.title);
    expect(h1).toBe(h1!.normalize("NFC"));
  }
  await page.goto(`${base}/incidents/ymosodiad-seiber/updates/i-decomposed/`);
  await expect(page.locator("h1")).toHaveText("Y T\u0175r: decomposed text");
});

test("service names, notes, advice and organisation names keep their emoji and scripts", async ({ page }) => {
  await page.goto(`${base}/services/`);
  for (const service of published.services) await expect(page.getByRole("link", { name: service.name, exact: true })).toBeVisible();
  await expect(page.locator("body")).toContainText("🗑️ Casglu biniau – Bin collections");
  await page.goto(`${base}/incidents/ymosodiad-seiber/updates/a-fake-emails/`);
  await expect(page.locator(".changes")).toContainText("Ffurflenni ar-lein i lawr 😟 – online forms are down");
  await expect(page.locator(".prose")).toContainText("中文：请勿点击有关市政税退款的电子邮件中的链接。");
  await page.goto(`${base}/advice/`);
  await expect(page.locator("h2", { hasText: "هل هذه الرسالة منا حقاً؟" })).toHaveText("هل هذه الرسالة منا حقاً؟ Is this message really from us?");
  await page.goto(`${base}/organisations/lodz/`);
  await expect(page.locator("h1")).toHaveText("Urząd Miasta Łodzi – partner IT");
  await expect(page.locator("header")).toContainText("Cyngor Llanfair: diweddariadau 🛡️ Service updates");
});

test("right-to-left titles and paragraphs read right to left on the page; quoted titles are isolated", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${base}/incidents/ymosodiad-seiber/updates/c-arabic/`);
  // The Arabic title sits against the right edge of its heading; an English one against the left.
  const edge = (selector: string) =>
    page.locator(selector).first().evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const text = range.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { left: text.left - box.left, right: box.right - text.right };
    });
  const arabic = await edge("h1");
  expect(arabic.right).toBeLessThan(2);
  expect(arabic.left).toBeGreaterThan(100);
  const body = await edge(".update-page .prose p");
  expect(body.right).toBeLessThan(2);
  // "Part of <incident title>": the quoted title is a <bdi>, so its punctuation stays with it.
  await expect(page.locator(".hint bdi")).toHaveText(published.incidents[0].title);
  await page.goto(`${base}/incidents/ymosodiad-seiber/updates/f-polish/`);
  const polish = await edge("h1");
  expect(polish.left).toBeLessThan(2);
});

test("feeds, the API and JSON-LD carry every title exactly as written", async ({ page, request }) => {
  const titles = [...published.updates].reverse().map((u) => u.title);
  const json = await (await request.get(`${base}/feed.json`)).json();
  expect(json.items.map((i: { title: string }) => i.title)).toEqual(titles);
  const rss = await new Parser().parseString(await (await request.get(`${base}/feed.xml`)).text());
  expect(rss.items.map((i) => i.title)).toEqual(titles);
  const atom = await new Parser().parseString(await (await request.get(`${base}/atom.xml`)).text());
  expect(atom.items.map((i) => i.title)).toEqual(titles);
  const components = await (await request.get(`${base}/api/v2/components.json`)).json();
  expect(components.components.map((c: { name: string }) => c.name).sort()).toEqual(published.services.map((s) => s.name).sort());
  const incidents = await (await request.get(`${base}/api/v2/incidents.json`)).json();
  expect(incidents.incidents[0].name).toBe("Ymosodiad seiber 🔒 Cyber attack");
  await page.goto(`${base}/incidents/ymosodiad-seiber/`);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  const headlines = JSON.stringify(ld);
  for (const title of titles) expect(headlines).toContain(JSON.stringify(title).slice(1, -1));
});


test("every social card is a 1200×630 PNG; two are kept as screenshots in the test output", async ({ page, request }, testInfo) => {
  const cards = socialCards(content);
  expect(cards.length).toBe(1 + published.incidents.length + published.updates.length);
  for (const card of cards) {
    const response = await request.get(`${base}${card.path}`);
    expect(response.status(), card.path).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await response.body()), card.path).toEqual({ signature: "PNG", width: 1200, height: 630 });
  }
  await page.setViewportSize({ width: 1200, height: 630 });
  for (const slug of ["a-fake-emails", "h-urdu-mixed"]) {
    await page.goto(`${base}/incidents/ymosodiad-seiber/updates/${slug}/card.png`);
    // In test-results/ (not the repo), to be looked at: the emoji, Welsh, Arabic, Bengali and Chinese all drawn.
    const path = testInfo.outputPath(`card-${slug}.png`);
    await page.locator("img").screenshot({ path });
    await testInfo.attach(`card-${slug}.png`, { path, contentType: "image/png" });
  }
});
