import { expect, test } from "@playwright/test";
import { publishedOnly, sortUpdates } from "../../lib/content/derive";
import { contentOf } from "./pages";
import { baseUrl } from "./sites";

test.use({ javaScriptEnabled: false });

for (const site of ["real", "fixture"] as const) {
  const content = publishedOnly(contentOf(site));
  for (const incident of content.incidents) {
    const updates = sortUpdates(content.updates.filter((u) => u.incident === incident.slug));

    test(`${site}/${incident.slug}: the timeline lists every update newest first, each with its anchor and permalink`, async ({ page }) => {
      await page.goto(`${baseUrl(site)}/incidents/${incident.slug}/`);
      const ids = await page.locator("article[id][data-phase]").evaluateAll((as) => as.map((a) => a.id));
      expect(ids).toEqual(updates.map((u) => u.slug).reverse());
      for (const u of updates) {
        const article = page.locator(`article[id="${u.slug}"]`);
        await expect(article).toHaveAttribute("data-phase", u.phase);
        const permalink = article.locator(".permalink a");
        await expect(permalink).toContainText("Link to this update");
        await expect(permalink).toHaveAttribute("href", `/incidents/${incident.slug}/updates/${u.slug}/`);
      }
      await page.goto(`${baseUrl(site)}/incidents/${incident.slug}/oldest-first/`);
      const oldest = await page.locator("article[id][data-phase]").evaluateAll((as) => as.map((a) => a.id));
      expect(oldest).toEqual(updates.map((u) => u.slug));
    });

    test(`${site}/${incident.slug}: next and previous walk the whole timeline both ways`, async ({ page }) => {
      if (updates.length === 0) return;
      await page.goto(`${baseUrl(site)}/incidents/${incident.slug}/updates/${updates[0].slug}/`);
      const forward: string[] = [];
      for (;;) {
        forward.push(await page.locator("article[data-phase]").getAttribute("id") as string);
        const next = page.getByRole("link", { name: /^Next update/ });
        if ((await next.count()) === 0) break;
        await next.click();
      }
      expect(forward).toEqual(updates.map((u) => u.slug));
      const backward: string[] = [];
      for (;;) {
        backward.push(await page.locator("article[data-phase]").getAttribute("id") as string);
        const prev = page.getByRole("link", { name: /^Previous update/ });
        if ((await prev.count()) === 0) break;
        await prev.click();
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
