/**
 * A disk cache of Markdown body analyses (links, raw HTML, first paragraph), keyed by a
 * hash of the body and of the code that analyses it, so that `npm run check` on every
 * save only parses the bodies that changed. Like ESLint's cache: a missing, unreadable
 * or stale cache only means the work is done again; it never changes a result.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { BodyAnalysis } from "./markdown";

export interface AnalysisCache {
  get(markdown: string): BodyAnalysis | undefined;
  set(markdown: string, analysis: BodyAnalysis): void;
  /** Writes the entries used in this run (unused ones are dropped). */
  save(): void;
}

/** The analysing code's own fingerprint: a change to it empties the cache. */
function codeVersion(): string | undefined {
  try {
    const hash = createHash("sha256");
    // By path from the project root, so a bundled copy of this code (scripts/run-fast.mjs)
    // fingerprints the same sources.
    for (const file of ["markdown.ts", "links.ts", "analysis-cache.ts"]) {
      hash.update(readFileSync(join(process.cwd(), "lib", "content", file)));
    }
    for (const pkg of ["micromark", "remark-gfm", "mdast-util-from-markdown"]) {
      hash.update(readFileSync(`node_modules/${pkg}/package.json`));
    }
    return hash.digest("hex").slice(0, 16);
  } catch {
    return undefined;
  }
}

export function openAnalysisCache(file: string): AnalysisCache | undefined {
  const version = codeVersion();
  if (!version) return undefined;
  let stored: Record<string, BodyAnalysis> = {};
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8"));
    if (parsed?.version === version && parsed.entries && typeof parsed.entries === "object") stored = parsed.entries;
  } catch {
    // No cache yet, or an unreadable one: start afresh.
  }
  const used: Record<string, BodyAnalysis> = {};
  const key = (markdown: string) => createHash("sha1").update(markdown).digest("base64url");
  return {
    get(markdown) {
      const k = key(markdown);
      const hit = stored[k];
      if (hit) used[k] = hit;
      return hit;
    },
    set(markdown, analysis) {
      used[key(markdown)] = analysis;
    },
    save() {
      try {
        mkdirSync(dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify({ version, entries: used }));
        renameSync(tmp, file);
      } catch {
        // A read-only checkout still checks; it just cannot remember.
      }
    },
  };
}

/** Where the CLIs keep it: inside node_modules, so it is never committed. */
export const DEFAULT_ANALYSIS_CACHE = "node_modules/.cache/council-incident-status/body-analysis.json";
