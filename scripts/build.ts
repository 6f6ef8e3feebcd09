/**
 * `npm run build`: publishes the site atomically.
 *
 * 1. The checker, with the same messages as `npm run check`: on any error, stop.
 * 2. `next build` into a new staging folder beside the target (only its page generation
 *    when the code has not changed since the last build: scripts/next-build.ts).
 *    At the same time, the social cards (scripts/social-cards.ts: a card that cannot be
 *    drawn is a warning, never a failure), into a folder beside staging.
 * 3. The cards, the post-export step (strip scripts, precompress; reusing the previous
 *    export's compressed twins of unchanged files) and host configs, in staging.
 * 4. Only then swap staging in for the target (`out/`, or OUT_DIR).
 *
 * A failure at any step leaves the previous site exactly as it was.
 */
import { cpSync, existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { contentDir, loadContent, writeContentSnapshot } from "../lib/content/load";
import { DEFAULT_ANALYSIS_CACHE, openAnalysisCache } from "../lib/content/analysis-cache";
import { formatProblem } from "../lib/content/problems";
import { codeHash, nextBuild } from "./next-build";
import { postExport } from "./post-export";
import { copyReusedPages, planReuse, recordPublish } from "./reuse-pages";
import { writeSocialCards } from "./social-cards";
import { writeEditor } from "./write-editor";
import { writeHostConfigs } from "./write-host-configs";

const CACHE_DIR = resolve("node_modules", ".cache", "council-incident-status");

/** Replaces `target` with `staging` (two renames on one file system; the old site is kept until the new one is in place). */
export function swapIn(staging: string, target: string): void {
  const previous = `${target}.previous-${process.pid}`;
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (hadTarget) renameSync(previous, target);
    throw error;
  }
  if (hadTarget) rmSync(previous, { recursive: true, force: true });
}

function fail(message: string, staging?: string): never {
  if (staging) for (const dir of [staging, `${staging}.cards`]) rmSync(dir, { recursive: true, force: true });
  console.error(`\n${message}\nThe published site was not changed.`);
  process.exit(1);
}

async function main() {
  const target = resolve(process.env.OUT_DIR ?? "out");
  const { content, problems } = loadContent(contentDir(), { analysisCache: openAnalysisCache(DEFAULT_ANALYSIS_CACHE) });
  for (const p of problems) console.log(formatProblem(p));
  const errors = problems.filter((p) => p.severity === "error").length;
  if (errors > 0 || !content) fail(`The content has ${errors} error(s): fix them (npm run check) and build again.`);

  // next.config.ts reads NEXT_OUT_DIR; it must stay inside the project.
  const staging = join(dirname(target), `.${basename(target)}.staging-${process.pid}`);
  const stagingFromRoot = relative(process.cwd(), staging);
  if (stagingFromRoot.startsWith("..")) fail(`OUT_DIR must be inside the project folder, not ${target}.`);
  rmSync(staging, { recursive: true, force: true });
  // next build's workers read the validated content from one file, not every file again.
  const snapshot = join(CACHE_DIR, `content-${process.pid}.json`);
  writeContentSnapshot(snapshot, content);
  // Pages whose fingerprint (everything they show) is the same as in the export being
  // replaced are copied from it rather than rendered again (lib/render-plan.ts).
  const compiled = codeHash();
  const plan = planReuse(content, target, compiled);
  const reuseList = join(CACHE_DIR, `reuse-${process.pid}.json`);
  writeFileSync(reuseList, JSON.stringify(plan.reuse));
  console.log(
    plan.reuse.length > 0
      ? `pages: ${plan.reuse.length} of ${plan.fingerprints.size} update and timeline pages are unchanged since the last publish and are copied, not rendered (RENDER_ALL=1 renders every page)`
      : `pages: every page is rendered (${plan.reason})`,
  );
  // The social cards are drawn while next build runs (next build leaves a core idle for
  // much of its compile), into a folder of their own that is merged in afterwards.
  const cardsDir = `${staging}.cards`;
  rmSync(cardsDir, { recursive: true, force: true });
  // Only the pages are generated when the code has not changed since the last full build.
  const building = nextBuild({ ...process.env, NEXT_OUT_DIR: stagingFromRoot, NEXT_TELEMETRY_DISABLED: "1", CONTENT_SNAPSHOT: snapshot, RENDER_REUSE: reuseList }, compiled);
  const cardsStarted = performance.now();
  const drawing = writeSocialCards(cardsDir, content).then(
    (result) => ({ result, seconds: (performance.now() - cardsStarted) / 1000 }),
    (error: unknown) => ({ error }),
  );
  const [built, cards] = await Promise.all([building, drawing]);
  rmSync(snapshot, { force: true });
  rmSync(reuseList, { force: true });
  if (!built) {
    rmSync(cardsDir, { recursive: true, force: true });
    fail("next build failed.", staging);
  }
  try {
    if ("error" in cards) throw cards.error;
    for (const w of cards.result.warnings) console.log(formatProblem(w));
    const { drawn, fromCache, replaced } = cards.result;
    console.log(`social cards: ${drawn} drawn, ${fromCache} unchanged (cached), ${replaced} replaced by a fallback, in ${cards.seconds.toFixed(1)} s (alongside next build)`);
    cpSync(cardsDir, staging, { recursive: true });
    rmSync(cardsDir, { recursive: true, force: true });
    // The editor goes in before the post-export step, which checks its page and precompresses it.
    const leftOut = writeEditor(staging, content);
    console.log(leftOut ? `No editor at /admin/: ${leftOut}.` : "The editor is at /admin/.");
    await postExport(staging, target);
    // A full build (the fallback when generating with the compiled code fails) rendered every page.
    const reuse = built === "generate" ? plan.reuse : [];
    const copied = copyReusedPages(reuse, target, staging);
    const again = reuse.length - copied;
    if (reuse.length > 0) {
      console.log(`pages: ${copied} unchanged pages copied from the last publish${again > 0 ? ` (${again} rendered anyway: Next needs one page in each route)` : ""}`);
    }
    writeHostConfigs(staging, content);
  } catch (error) {
    fail(`The post-export step failed: ${error instanceof Error ? error.message : String(error)}`, staging);
  }
  swapIn(staging, target);
  recordPublish(plan, target);
  console.log(`Published to ${relative(process.cwd(), target) || "."}/`);
}

if (process.argv[1]?.endsWith("build.ts")) await main();
