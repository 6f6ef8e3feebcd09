/**
 * Page weight per kind of page, from the built files: the HTML and the stylesheets it
 * links, as sent compressed (the export's .gz and .br twins). The site ships no script,
 * font or image on its pages, so HTML + CSS is the whole transfer.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { featuredIncident, publishedOnly } from "../lib/content/derive";
import { loadContent } from "../lib/content/load";
import { paths } from "../lib/routes";

export const PAGE_KINDS = ["home", "incidents", "timeline", "update", "board", "service", "organisation", "advice", "accessibility"] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface PageWeight {
  path: string;
  htmlBytes: number;
  htmlGzip: number;
  htmlBrotli: number;
  cssGzip: number;
  cssBrotli: number;
  totalGzip: number;
  totalBrotli: number;
  /** Stylesheets the page links. */
  css: string[];
  /** Other subresources the page would load (should be none). */
  otherSubresources: string[];
}

/** One representative page of each kind in a content folder. */
export function representativePages(contentDir: string): Record<PageKind, string> {
  const loaded = loadContent(resolve(contentDir)).content;
  if (!loaded) throw new Error(`the content in ${contentDir} does not load`);
  const c = publishedOnly(loaded);
  const incident = featuredIncident(c.incidents, c.updates) ?? c.incidents[0];
  const updates = c.updates.filter((u) => u.incident === incident.slug);
  const update = updates.at(-1)!;
  // The service page of the service most updates name: the one with the longest history.
  const mentions = new Map<string, number>();
  for (const u of c.updates) for (const s of u.services) mentions.set(s.service, (mentions.get(s.service) ?? 0) + 1);
  const service = [...c.services].sort((a, b) => (mentions.get(b.slug) ?? 0) - (mentions.get(a.slug) ?? 0))[0];
  return {
    home: paths.home(),
    incidents: paths.incidents(),
    timeline: paths.incident(incident.slug),
    update: paths.update(update.incident, update.slug),
    board: paths.services(),
    service: paths.service(service.slug),
    organisation: paths.organisation(c.site.organisations[0].id),
    advice: paths.advice(),
    accessibility: paths.accessibility(),
  };
}

function compressedSize(file: string, kind: "gz" | "br"): number {
  const twin = `${file}.${kind}`;
  if (existsSync(twin)) return readFileSync(twin).length;
  const raw = readFileSync(file);
  // No twin (should not happen): compress as the post-export step would, at maximum.
  return kind === "gz" ? gzipSync(raw, { level: 9 }).length : brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

export function pageWeight(outDir: string, path: string): PageWeight {
  const file = join(outDir, path, "index.html");
  const html = readFileSync(file, "utf8");
  const css = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1]).filter((h): h is string => !!h);
  const other = [
    ...[...html.matchAll(/<(?:img|script|iframe|source|video|audio)\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="(?:icon|preload|modulepreload|manifest|apple-touch-icon)"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]),
  ];
  const cssFiles = css.map((href) => join(outDir, new URL(href, "http://x").pathname));
  const sum = (files: string[], kind: "gz" | "br") => files.reduce((n, f) => n + compressedSize(f, kind), 0);
  const htmlGzip = compressedSize(file, "gz");
  const htmlBrotli = compressedSize(file, "br");
  const cssGzip = sum(cssFiles, "gz");
  const cssBrotli = sum(cssFiles, "br");
  return {
    path,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip,
    htmlBrotli,
    cssGzip,
    cssBrotli,
    totalGzip: htmlGzip + cssGzip,
    totalBrotli: htmlBrotli + cssBrotli,
    css,
    otherSubresources: other,
  };
}

export function pageWeights(outDir: string, contentDir: string): Record<PageKind, PageWeight> {
  const pages = representativePages(contentDir);
  return Object.fromEntries(PAGE_KINDS.map((kind) => [kind, pageWeight(outDir, pages[kind])])) as Record<PageKind, PageWeight>;
}
