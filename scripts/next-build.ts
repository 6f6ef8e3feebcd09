/**
 * `next build` for `npm run build`, skipping the compile when only the content changed.
 *
 * The pages read the content at run time (from CONTENT_DIR), so the code Next compiles
 * into `.next/` depends only on the code: app/, components/, lib/, the config files and
 * the installed packages (package-lock.json). When their hash matches the one recorded
 * after the last full build, `next build --experimental-build-mode=generate` renders
 * and exports the pages with the compiled code already in `.next/` (about 15–25 s saved
 * on 2 cores). Otherwise, or with FULL_BUILD=1, it runs a full `next build` and records
 * the hash. If a generate run fails, a full build is tried once before giving up.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** What Turbopack compiles, or what changes what it compiles. */
const CODE_DIRS = ["app", "components", "lib"];
const CODE_FILES = ["next.config.ts", "postcss.config.mjs", "tsconfig.json", "package.json", "package-lock.json"];
const BUILD_DIR = ".next";
const KEY_FILE = join(BUILD_DIR, "council-status-code-hash");

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** sha256 over the path and bytes of every file that can change the compiled code. */
export function codeHash(root = process.cwd()): string {
  const hash = createHash("sha256");
  const files = [...CODE_DIRS.flatMap((d) => filesUnder(join(root, d))), ...CODE_FILES.map((f) => join(root, f)).filter(existsSync)].sort();
  for (const file of files) {
    hash.update(file.slice(root.length));
    hash.update("\0");
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex");
}

export type NextBuildMode = "full" | "generate";

/** Next's own CLI, run with this Node (npx would spend most of a second finding it). */
const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");

function run(mode: NextBuildMode, env: NodeJS.ProcessEnv): Promise<boolean> {
  const args = mode === "generate" ? [NEXT_BIN, "build", "--experimental-build-mode=generate"] : [NEXT_BIN, "build"];
  if (mode === "generate") {
    // Next 16.4 reads the prerender manifest once (cached by require) before generate mode
    // rewrites it, then exports the routes of the stale copy: without the old file it reads
    // the new one.
    rmSync(join(BUILD_DIR, "prerender-manifest.json"), { force: true });
  }
  return new Promise((done) => {
    spawn(process.execPath, args, { stdio: "inherit", env })
      .on("close", (status) => done(status === 0))
      .on("error", () => done(false));
  });
}

/**
 * The compiled code in `.next/`, if it is the code whose hash is `hash` and the next
 * build will use it as it is (generate mode): its build id. A full build compiles anew
 * under a new id, and may name the stylesheet differently even when its bytes are the
 * same, so pages from an earlier build can only be reused with this id.
 */
export function reusableBuildId(hash: string): string | undefined {
  const recorded = existsSync(KEY_FILE) ? readFileSync(KEY_FILE, "utf8") : undefined;
  const idFile = join(BUILD_DIR, "BUILD_ID");
  if (process.env.FULL_BUILD || recorded !== hash || !existsSync(idFile)) return undefined;
  return readFileSync(idFile, "utf8").trim();
}

/** The id of the code compiled in `.next/` now (after a build). */
export function currentBuildId(): string | undefined {
  const idFile = join(BUILD_DIR, "BUILD_ID");
  return existsSync(idFile) ? readFileSync(idFile, "utf8").trim() : undefined;
}

/**
 * Runs next build with `env` (`hash`: the code's, if the caller has it); resolves to how
 * it ran, or undefined if it failed. A full build renders every page: it never leaves any
 * out for the caller to copy (RENDER_REUSE), since they were rendered with other code.
 */
export async function nextBuild(env: NodeJS.ProcessEnv, hash = codeHash()): Promise<NextBuildMode | undefined> {
  if (reusableBuildId(hash) !== undefined) {
    console.log("next build: the code has not changed since the last full build, so only the pages are generated (FULL_BUILD=1 to compile too)");
    if (await run("generate", env)) return "generate";
    console.log("next build: generating with the compiled code failed; trying a full build");
  }
  rmSync(KEY_FILE, { force: true });
  if (!(await run("full", { ...env, RENDER_REUSE: undefined }))) return undefined;
  // Code edited while it compiled: the next build compiles again.
  if (codeHash() === hash) writeFileSync(KEY_FILE, hash);
  return "full";
}
