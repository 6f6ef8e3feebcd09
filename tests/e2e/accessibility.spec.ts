import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { pageKinds } from "./pages";
import { baseUrl } from "./sites";

// axe injects a script, so these run with JavaScript on; the pages themselves have none.
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

for (const colorScheme of ["light", "dark"] as const) {
  for (const site of ["real", "fixture", "unicode"] as const) {
    test(`${site}, ${colorScheme}: no axe violations (WCAG 2.2 A/AA) on any page kind`, async ({ page }) => {
      test.setTimeout(240_000); // eleven pages, each a full axe run: minutes on a busy two-core machine
      await page.emulateMedia({ colorScheme });
      const failures: string[] = [];
      for (const path of pageKinds(site)) {
        await page.goto(`${baseUrl(site)}${path}`);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        for (const v of results.violations) {
          failures.push(`${path}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
}

test("every page states its language and has landmarks and one h1, with no skipped heading levels", async ({ page }) => {
  for (const path of pageKinds("real")) {
    await page.goto(`${baseUrl("real")}${path}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
    await expect(page.locator("header")).toHaveCount(1);
    await expect(page.locator("main")).toHaveCount(1);
    await expect(page.locator("footer")).toHaveCount(1);
    await expect(page.locator("h1")).toHaveCount(1);
    const levels = await page.locator("main h1, main h2, main h3, main h4, main h5, main h6").evaluateAll((hs) =>
      hs.map((h) => Number(h.tagName[1])),
    );
    for (let i = 1; i < levels.length; i++) {
      expect(levels[i] - levels[i - 1], `${path}: heading level jumps from h${levels[i - 1]} to h${levels[i]}`).toBeLessThanOrEqual(1);
    }
  }
});
