import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { PAGE_BUDGET_BYTES, scanBudget } from "../../bench/budget";
import { pagePaths } from "./pages";
import { baseUrl, GENERATED_SIZES, generatedSite, SITES } from "./sites";

/**
 * Budgets for the real content, from the built files (deterministic, not timed): one
 * network round trip (14 KB gzip) for each page's HTML and CSS, 10 KB gzip of CSS in all.
 */
const out = SITES.real.outDir;

function gzipSize(file: string): number {
  expect(existsSync(`${file}.gz`), `${file}.gz`).toBe(true);
  return statSync(`${file}.gz`).size;
}

function stylesheets(html: string): string[] {
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
}

test("each page's HTML plus CSS fits in 14 KB gzipped, and all CSS in 10 KB", () => {
  const over: string[] = [];
  const allCss = new Set<string>();
  for (const path of [...pagePaths("real"), "/404.html"]) {
    const file = join(out, path.endsWith("/") ? `${path}index.html` : path);
    const html = readFileSync(file, "utf8");
    const css = stylesheets(html);
    css.forEach((c) => allCss.add(c));
    const total = gzipSize(file) + css.reduce((sum, c) => sum + gzipSize(join(out, c)), 0);
    if (total > 14 * 1024) over.push(`${path}: ${total} bytes`);
  }
  expect(over).toEqual([]);
  const cssTotal = [...allCss].reduce((sum, c) => sum + gzipSize(join(out, c)), 0);
  expect(cssTotal).toBeLessThanOrEqual(10 * 1024);
});

/**
 * Long incidents, from the benchmark's generated content: every page of the export (the
 * incidents' pages, each oldest-first page, service pages with long histories, 404, the
 * embed) within one round trip.
 */
for (const updates of [1000, 5000]) {
  test(`generated content, ${updates.toLocaleString("en-GB")} updates: every page's HTML plus CSS fits in 14 KB gzipped`, () => {
    test.skip(!GENERATED_SIZES.includes(updates), `E2E_GENERATED leaves out ${updates}`);
    const scan = scanBudget(SITES[generatedSite(updates)].outDir);
    expect(scan.pages).toBeGreaterThan(updates);
    expect(scan.over.map((p) => `${p.path}: ${p.total} bytes (budget ${PAGE_BUDGET_BYTES})`)).toEqual([]);
  });
}

test("no page asks another origin for anything (fonts, images, analytics)", async ({ page }) => {
  const elsewhere: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).origin !== baseUrl("real")) elsewhere.push(`${page.url()} → ${r.url()}`);
  });
  for (const path of pagePaths("real")) await page.goto(`${baseUrl("real")}${path}`, { waitUntil: "networkidle" });
  expect(elsewhere).toEqual([]);
});
