/**
 * The build's side of lib/render-plan.ts: which pages of the export being replaced can
 * be copied instead of rendered again, copying them, and recording what was published.
 *
 * The record (node_modules/.cache/council-incident-status/rendered/<export>.json) holds
 * each reusable page's fingerprint, a hash of the code that rendered it (with the id of
 * its compiled build in `.next/`), and a hash of the export's home page as the publish
 * left it. Keep it with the export (the GitHub
 * workflow caches both in one entry). Nothing is reused when any of
 * those differ (the code changed or is compiled again, or something other than
 * `npm run build` replaced the export), when the record is missing or unreadable, or with FULL_BUILD=1 or
 * RENDER_ALL=1: the build then renders every page, as a first build does.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Content } from "../lib/content/types";
import { pageFingerprints, reusablePages, type RenderManifest } from "../lib/render-plan";
import { currentBuildId, reusableBuildId } from "./next-build";

const RECORDS = resolve("node_modules", ".cache", "council-incident-status", "rendered");

/**
 * What renders and post-processes a page: the compiled code (app/, lib/, configs,
 * lockfile) as compiled into `.next/` (its build id), and the post-export step.
 */
function renderCode(code: string, buildId: string): string {
  const hash = createHash("sha256").update(code).update(buildId);
  for (const file of ["scripts/post-export.ts", "scripts/build.ts", "scripts/reuse-pages.ts"]) hash.update(readFileSync(file));
  return hash.digest("hex");
}

function recordFile(target: string): string {
  return join(RECORDS, `${createHash("sha256").update(target).digest("hex").slice(0, 16)}.json`);
}

/**
 * The export's home page as it is now: a hash of its bytes, which survive a copy or a CI
 * cache round trip but not another publish (the home page is rendered by every build).
 */
function marker(target: string): string | undefined {
  try {
    return createHash("sha256").update(readFileSync(join(target, "index.html"))).digest("hex");
  } catch {
    return undefined;
  }
}

/** A page's files in an export: the page and its precompressed twins. */
function pageFiles(path: string): string[] {
  const html = `${path.replace(/^\//, "")}index.html`;
  return [html, `${html}.gz`, `${html}.br`];
}

export interface ReusePlan {
  /** The compiled code's hash (scripts/next-build.ts `codeHash`). */
  compiled: string;
  fingerprints: Map<string, string>;
  /** Paths of pages to copy from the export being replaced. */
  reuse: string[];
  /** Why nothing is reused, when nothing is. */
  reason?: string;
}

/** `compiled`: the compiled code's hash (scripts/next-build.ts `codeHash`). */
export function planReuse(content: Content, target: string, compiled: string): ReusePlan {
  const fingerprints = pageFingerprints(content);
  const plan = (reason: string): ReusePlan => ({ compiled, fingerprints, reuse: [], reason });
  if (process.env.FULL_BUILD || process.env.RENDER_ALL) return plan("FULL_BUILD or RENDER_ALL is set");
  const buildId = reusableBuildId(compiled);
  if (buildId === undefined) return plan("the code is compiled again");
  const code = renderCode(compiled, buildId);
  let previous: RenderManifest | undefined;
  try {
    previous = JSON.parse(readFileSync(recordFile(target), "utf8")) as RenderManifest;
  } catch {
    return plan("no record of the last publish");
  }
  if (previous.code !== code) return plan("the code has changed since the last publish");
  const reuse = reusablePages(fingerprints, previous, code, marker(target)).filter((path) => pageFiles(path).every((f) => existsSync(join(target, f))));
  return { compiled, fingerprints, reuse, reason: reuse.length === 0 ? "every page has changed, or the last publish's export was replaced" : undefined };
}

/** A hard link where the file system allows one (the old export is deleted after the swap), else a copy. */
function linkOrCopy(from: string, to: string) {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * Copies the reused pages (and their twins) from the export being replaced into staging;
 * returns how many. A page Next rendered anyway (lib/site.ts `pagesToRender` never
 * leaves a route with no page) keeps its new copy.
 */
export function copyReusedPages(reuse: readonly string[], from: string, to: string): number {
  let copied = 0;
  for (const path of reuse) {
    const files = pageFiles(path);
    if (existsSync(join(to, files[0]))) continue;
    for (const file of files) {
      const dest = join(to, file);
      mkdirSync(dirname(dest), { recursive: true });
      linkOrCopy(join(from, file), dest);
    }
    copied++;
  }
  return copied;
}

/** After the swap: what the next publish may reuse from this one (rendered with the code now in `.next/`). */
export function recordPublish(plan: ReusePlan, target: string): void {
  const now = marker(target);
  const buildId = currentBuildId();
  if (!now || !buildId) return;
  const manifest: RenderManifest = { version: 1, code: renderCode(plan.compiled, buildId), marker: now, pages: Object.fromEntries(plan.fingerprints) };
  mkdirSync(RECORDS, { recursive: true });
  writeFileSync(recordFile(target), JSON.stringify(manifest));
}
