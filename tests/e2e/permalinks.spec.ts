import { expect, test, type Locator, type Page } from "@playwright/test";
import { publishedOnly, sortUpdates } from "../../lib/content/derive";
import type { Content } from "../../lib/content/types";
import { timelineLayouts } from "../../lib/routes";
import { EARLIER_IN_BRIEF, LATEST_IN_FULL } from "../../lib/timeline";
import { contentOf } from "./pages";
import { baseUrl, GENERATED_SIZES } from "./sites";

const count = (content: Content, incident: string) => content.updates.filter((u) => u.incident === incident).length;

test.use({ javaScriptEnabled: false });

/**
 * Clicks a link to another page and waits until that page has loaded: read while it is
 * still streaming in, a page has only some of its updates and not yet its later links.
 */
async function follow(page: Page, link: Locator): Promise<void> {
  const href = (await link.getAttribute("href"))!;
  await link.click();
  await page.waitForURL((url) => url.pathname === href, { waitUntil: "load" });
}

/** Walks an incident's oldest-first pages by their "Later updates" links; returns the updates' ids in order. */
async function walkOldestFirst(page: Page, base: string, incident: string): Promise<string[]> {
  await page.goto(`${base}/incidents/${incident}/oldest-first/`);
  const ids: string[] = [];
  for (;;) {
    for (const article of await page.locator("article[id][data-phase]").all()) {
      const id = (await article.getAttribute("id"))!;
      await expect(article.locator(".permalink a")).toHaveAttribute("href", `/incidents/${incident}/updates/${id}/`);
      ids.push(id);
    }
    const later = page.getByRole("link", { name: /^Later updates/ });
    if ((await later.count()) === 0) return ids;
    await follow(page, later);
  }
}

for (const site of ["real", "fixture", ...(GENERATED_SIZES.includes(1000) ? (["generated1000"] as const) : [])] as const) {
  const content = publishedOnly(contentOf(site));
  // On the long generated site, the two longest incidents (every page walked in a browser).
  const incidents = site === "generated1000" ? [...content.incidents].sort((a, b) => count(content, b.slug) - count(content, a.slug)).slice(0, 2) : content.incidents;
  for (const incident of incidents) {
    const updates = sortUpdates(content.updates.filter((u) => u.incident === incident.slug));
    const newestFirst = updates.map((u) => u.slug).reverse();

    test(`${site}/${incident.slug}: the incident's page shows the latest updates in full and the ones before by title; the oldest-first pages hold every update`, async ({ page }) => {
      await page.goto(`${baseUrl(site)}/incidents/${incident.slug}/`);
      const ids = await page.locator("article[id][data-phase]").evaluateAll((as) => as.map((a) => a.id));
      expect(ids).toEqual(newestFirst.slice(0, LATEST_IN_FULL));
      for (const u of updates.filter((x) => ids.includes(x.slug))) {
        const article = page.locator(`article[id="${u.slug}"]`);
        await expect(article).toHaveAttribute("data-phase", u.phase);
        const permalink = article.locator(".permalink a");
        await expect(permalink).toContainText("Link to this update");
        await expect(permalink).toHaveAttribute("href", `/incidents/${incident.slug}/updates/${u.slug}/`);
      }
      const brief = await page.locator(".timeline-brief li[id]").evaluateAll((lis) => lis.map((li) => li.id));
      expect(brief).toEqual(newestFirst.slice(LATEST_IN_FULL, LATEST_IN_FULL + EARLIER_IN_BRIEF));
      expect(await walkOldestFirst(page, baseUrl(site), incident.slug)).toEqual(updates.map((u) => u.slug));
    });

    test(`${site}/${incident.slug}: next and previous walk the whole timeline both ways`, async ({ page }) => {
      test.skip(site === "generated1000", "hundreds of pages: the oldest-first walk above covers the long timeline");
      if (updates.length === 0) return;
      await page.goto(`${baseUrl(site)}/incidents/${incident.slug}/updates/${updates[0].slug}/`);
      const forward: string[] = [];
      for (;;) {
        forward.push(await page.locator("article[data-phase]").getAttribute("id") as string);
        const next = page.getByRole("link", { name: /^Next update/ });
        if ((await next.count()) === 0) break;
        await follow(page, next);
      }
      expect(forward).toEqual(updates.map((u) => u.slug));
      const backward: string[] = [];
      for (;;) {
        backward.push(await page.locator("article[data-phase]").getAttribute("id") as string);
        const prev = page.getByRole("link", { name: /^Previous update/ });
        if ((await prev.count()) === 0) break;
        await follow(page, prev);
      }
      expect(backward).toEqual(updates.map((u) => u.slug).reverse());
    });
  }
}

test("an old update says it is not the latest and links to the latest", async ({ page }) => {
  const content = publishedOnly(contentOf("real"));
  const updates = content.updates.filter((u) => u.incident === content.incidents[0].slug);
  const first = updates[0];
  const latest = updates.at(-1)!;
  await page.goto(`/incidents/${first.incident}/updates/${first.slug}/`);
  await expect(page.getByText("This is an earlier update.")).toBeVisible();
  await expect(page.getByRole("link", { name: `Read the latest update: ${latest.title}` })).toHaveAttribute(
    "href",
    `/incidents/${latest.incident}/updates/${latest.slug}/`,
  );
  await expect(page.locator(".cite")).toContainText(`https://status.example-council.org.uk/incidents/${first.incident}/updates/${first.slug}/`);
});

test("a link written as /incidents/<i>/#<update>, to an update no longer on the incident's page, lands on the update", async ({ page }) => {
  test.skip(!GENERATED_SIZES.includes(1000), "E2E_GENERATED leaves out 1000");
  const content = publishedOnly(contentOf("generated1000"));
  const layout = timelineLayouts(content);
  // A body linking the whole timeline at an early update (bench/generate.ts writes these).
  const found = content.updates
    .map((u) => ({ u, m: /\(\/incidents\/([a-z0-9-]+)\/#([a-z0-9-]+)\)/.exec(u.body.markdown) }))
    .find(({ m }) => m && layout.get(m[1])!.pageOf.get(m[2])! < layout.get(m[1])!.pages.length - 2);
  expect(found, "a body with such a link").toBeDefined();
  const [, incident, target] = found!.m!;
  await page.goto(`${baseUrl("generated1000")}/incidents/${found!.u.incident}/updates/${found!.u.slug}/`);
  const link = page.locator(`.prose a[href$="#${target}"]`).first();
  const page1 = layout.get(incident)!.pageOf.get(target)!;
  await expect(link).toHaveAttribute("href", `/incidents/${incident}/oldest-first/${page1 === 1 ? "" : `${page1}/`}#${target}`);
  await link.click();
  await expect(page.locator(`article[id="${target}"]`)).toBeVisible();
  await expect(page.locator(`article[id="${target}"] h3 a`)).toHaveAttribute("href", `/incidents/${incident}/updates/${target}/`);
});
