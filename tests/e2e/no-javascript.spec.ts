import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "@playwright/test";
import { DATA_FILES } from "../../lib/routes";
import { pagePaths } from "./pages";
import { baseUrl, SITES } from "./sites";

test.use({ javaScriptEnabled: false });

/** Every .html file in an export, as the URL path it is served at. */
function exportedPages(outDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  return walk(outDir)
    .filter((f) => f.endsWith(".html"))
    .map((f) => `/${relative(outDir, f).split("\\").join("/")}`.replace(/index\.html$/, ""))
    .filter((p) => p.endsWith("/"))
    .sort();
}

/** The browser editor is not a public page: it is the one place with JavaScript (tests/e2e/editor.spec.ts). */
const isEditor = (path: string) => path.startsWith("/admin/");

for (const site of ["real", "fixture", "unicode"] as const) {
  test(`${site}: the export holds exactly the pages the routes list, and every data file`, () => {
    const exported = exportedPages(SITES[site].outDir);
    // The editor's folder holds at most its one page (the real site has it; a site.md without
    // a repository has it only where GITHUB_REPOSITORY names one), the only page left out here.
    const editorPages = exported.filter(isEditor);
    expect(editorPages).toEqual(editorPages.length > 0 || site === "real" ? ["/admin/"] : []);
    expect(exported.filter((p) => !isEditor(p))).toEqual([...pagePaths(site)].sort());
    for (const file of [...DATA_FILES, "/404.html"]) expect(existsSync(join(SITES[site].outDir, file)), file).toBe(true);
  });

  test(`${site}: every page renders with JavaScript off and ships no executable script`, async ({ page }) => {
    for (const path of pagePaths(site)) {
      const response = await page.goto(`${baseUrl(site)}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("h1"), path).toHaveCount(1);
      await expect(page.locator("main#main-content"), path).toBeVisible();
      const scripts = await page.locator("script:not([type='application/ld+json'])").count();
      expect(scripts, `${path} has a script`).toBe(0);
      const body = await page.locator("body").innerText();
      expect(body.length, `${path} is blank`).toBeGreaterThan(200);
    }
  });
}

test("an unknown address gets the useful 404 page with a 404 status", async ({ page }) => {
  const response = await page.goto(`${baseUrl("real")}/no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "see which services are working" })).toHaveAttribute("href", "/services/");
});

for (const site of ["real", "fixture", "unicode"] as const) test(`${site}: every site link and fragment on every page leads somewhere real, and no id is used twice`, async ({ page, request }) => {
  const ids = new Map<string, Set<string>>();
  const links: { from: string; href: string }[] = [];
  const duplicated: string[] = [];
  for (const path of pagePaths(site)) {
    await page.goto(`${baseUrl(site)}${path}`);
    const all = await page.locator("[id]").evaluateAll((els) => els.map((e) => e.id));
    duplicated.push(...all.filter((id, i) => all.indexOf(id) !== i).map((id) => `${path}#${id}`));
    ids.set(path, new Set(all));
    const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    for (const href of hrefs) if (href.startsWith("/") || href.startsWith("#")) links.push({ from: path, href });
  }
  const broken: string[] = [];
  for (const { from, href } of links) {
    const [path, fragment] = (href.startsWith("#") ? `${from}${href}` : href).split("#");
    if (!ids.has(path)) {
      // Not a page (a feed, say): it must still be served.
      const res = await request.get(`${baseUrl(site)}${path}`);
      if (!res.ok()) broken.push(`${from} → ${href} (${res.status()})`);
      continue;
    }
    if (fragment && !ids.get(path)!.has(decodeURIComponent(fragment))) broken.push(`${from} → ${href} (no element with that id)`);
  }
  expect(broken).toEqual([]);
  expect(duplicated).toEqual([]);
});
