/**
 * The page budget over a whole export: every page's HTML plus the stylesheets it links,
 * as sent gzip-compressed (the export's `.gz` twins), against one network round trip
 * (14 KB). Used by the bench (largest page per size) and by the browser tests' budget
 * test on generated content.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

export const PAGE_BUDGET_BYTES = 14 * 1024;

export interface PageGzip {
  path: string;
  /** HTML + CSS, gzip, bytes. */
  total: number;
}

export interface BudgetScan {
  pages: number;
  heaviest: PageGzip[];
  over: PageGzip[];
}

function gzipSize(file: string): number {
  return existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : gzipSync(readFileSync(file), { level: 9 }).length;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(full);
    return e.name.endsWith(".html") ? [full] : [];
  });
}

/** Every `.html` page of an export (404 and embed included), heaviest first in `heaviest`. */
export function scanBudget(outDir: string, keep = 5): BudgetScan {
  const css = new Map<string, number>();
  const pages: PageGzip[] = [];
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, "utf8");
    let total = gzipSize(file);
    for (const m of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)) {
      const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
      if (!href) continue;
      const path = join(outDir, new URL(href, "http://x").pathname);
      if (!css.has(path)) css.set(path, gzipSize(path));
      total += css.get(path)!;
    }
    const rel = `/${relative(outDir, file).split("\\").join("/")}`.replace(/index\.html$/, "");
    pages.push({ path: rel, total });
  }
  pages.sort((a, b) => b.total - a.total);
  return { pages: pages.length, heaviest: pages.slice(0, keep), over: pages.filter((p) => p.total > PAGE_BUDGET_BYTES) };
}
