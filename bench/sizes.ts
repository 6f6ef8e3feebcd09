/**
 * For each content size: `npm run check` wall time, full `npm run build` wall time and the
 * peak RSS of its whole process tree, the export's size on disk and its number of pages.
 * Everything is spawned exactly as a user runs it (npm run ...), one command at a time.
 */
import { lstatSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { contentDirFor, generateContent } from "./generate";
import { runMeasured, type MeasuredRun } from "./proc";
import { round, spread, type Spread } from "./stats";

export interface SizeResult {
  updates: number;
  /** Median wall time of `npm run check`, ms (npm and tsx start-up included, as a user waits). */
  checkMs: number;
  /** Median wall time of `npm run build` (checker, next build, post-export, swap), ms. */
  buildMs: number;
  /** Highest peak, over the build runs, of the summed RSS of the build's process tree, MB. */
  peakRssMb: number;
  /** Sum of the sizes of the export's files (bytes). */
  exportBytes: number;
  /** Space the export takes on disk (allocated blocks, bytes). */
  exportDiskBytes: number;
  exportFiles: number;
  /** index.html files in the export. */
  pages: number;
  check: Spread & { checkerOwnMs: Spread; otherCpuCoresRuns: number[] };
  build: Spread & {
    peakRssMbRuns: number[];
    /** CPU other processes used during each build, in cores (0 = a quiet machine). */
    otherCpuCoresRuns: number[];
    /** CPU the build itself used, in cores on average (at most 2 here). */
    ownCpuCoresRuns: number[];
    phasesMs: Record<string, number>;
    nextReportedMs: Record<string, number>;
  };
}

export interface ExportStats {
  bytes: number;
  diskBytes: number;
  files: number;
  pages: number;
}

export function exportStats(dir: string): ExportStats {
  const stats: ExportStats = { bytes: 0, diskBytes: 0, files: 0, pages: 0 };
  const visit = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const full = join(abs, entry.name);
      if (entry.isDirectory()) visit(full);
      else {
        const st = lstatSync(full);
        stats.bytes += st.size;
        stats.diskBytes += st.blocks * 512;
        stats.files++;
        if (entry.name === "index.html") stats.pages++;
      }
    }
  };
  visit(dir);
  return stats;
}

const MARKERS: Record<string, RegExp> = {
  nextStart: /▲ Next\.js/,
  compiled: /Compiled successfully in/,
  typescriptDone: /Finished TypeScript in/,
  collecting: /Collecting page data/,
  generating: /Generating static pages .*\(0\//,
  generated: /✓ Generating static pages/,
  routeTable: /Route \(app\)/,
  postExport: /^post-export:/,
  published: /^Published to/,
};

/** When each marker line appeared, and the phases between them (ms). */
function buildPhases(run: MeasuredRun): { phases: Record<string, number>; nextReported: Record<string, number> } {
  const at: Record<string, number> = {};
  for (const { ms, text } of run.lines) {
    for (const [name, re] of Object.entries(MARKERS)) if (at[name] === undefined && re.test(text)) at[name] = ms;
  }
  const between = (a: string, b: string) => (at[a] !== undefined && at[b] !== undefined ? round(at[b] - at[a]) : Number.NaN);
  const phases: Record<string, number> = {
    "npm, tsx and the checker": round(at.nextStart ?? Number.NaN),
    "next: compile": between("nextStart", "compiled"),
    "next: TypeScript": between("compiled", "typescriptDone"),
    "next: collect page data": between("collecting", "generating"),
    "next: generate static pages": between("generating", "generated"),
    "next: finalize": between("generated", "routeTable"),
    "post-export (strip, precompress)": between("routeTable", "postExport"),
    "host configs and swap": between("postExport", "published"),
  };
  const nextReported: Record<string, number> = {};
  const seconds = (re: RegExp) => {
    for (const { text } of run.lines) {
      const m = re.exec(text);
      if (m) return round(Number(m[1]) * (m[2] === "ms" ? 1 : m[2] === "min" ? 60_000 : 1000));
    }
    return Number.NaN;
  };
  nextReported.compile = seconds(/Compiled successfully in ([\d.]+)(ms|s|min)/);
  nextReported.typescript = seconds(/Finished TypeScript in ([\d.]+)(ms|s|min)/);
  nextReported.staticPages = seconds(/Generating static pages .* in ([\d.]+)(ms|s|min)/);
  return { phases, nextReported };
}

export interface SizeOptions {
  checkRuns: number;
  buildRuns: number;
  log: (line: string) => void;
  /** Where build logs go (inside the project, gitignored). */
  logDir: string;
}

export async function measureSize(updates: number, o: SizeOptions): Promise<SizeResult> {
  const dir = contentDirFor(updates);
  const generated = generateContent(dir, updates);
  const contentRel = relative(process.cwd(), dir);
  const outRel = join("out-bench", `size-${updates}`);
  o.log(`${contentRel}: ${generated.updates} updates (${generated.drafts} drafts), ${generated.incidents} incidents`);
  mkdirSync(o.logDir, { recursive: true });
  const env = { ...process.env, CONTENT_DIR: contentRel, NEXT_TELEMETRY_DISABLED: "1" };

  const checkMs: number[] = [];
  const checkerOwn: number[] = [];
  const checkOther: number[] = [];
  for (let i = 0; i < o.checkRuns; i++) {
    const run = await runMeasured("npm", ["run", "check"], { env, timeoutMs: 10 * 60_000 });
    if (run.status !== 0) throw new Error(`npm run check failed on ${contentRel}:\n${run.lines.map((l) => l.text).join("\n")}`);
    checkMs.push(run.ms);
    checkOther.push(run.otherCpuCores);
    const own = run.lines.map((l) => /\((\d+) ms\)\s*$/.exec(l.text)).find(Boolean);
    if (own) checkerOwn.push(Number(own[1]));
    o.log(`  check ${i + 1}/${o.checkRuns}: ${Math.round(run.ms)} ms (the checker's own: ${own?.[1] ?? "?"} ms)`);
  }

  const buildMs: number[] = [];
  const peaks: number[] = [];
  const buildOther: number[] = [];
  const buildOwn: number[] = [];
  let last: ReturnType<typeof buildPhases> | undefined;
  for (let i = 0; i < o.buildRuns; i++) {
    const run = await runMeasured("npm", ["run", "build"], { env: { ...env, OUT_DIR: outRel }, timeoutMs: 60 * 60_000 });
    writeFileSync(join(o.logDir, `build-${updates}-${i + 1}.log`), run.lines.map((l) => `[${(l.ms / 1000).toFixed(2).padStart(7)} s] ${l.text}`).join("\n"));
    if (run.status !== 0) throw new Error(`npm run build failed on ${contentRel} (see ${o.logDir}/build-${updates}-${i + 1}.log)`);
    buildMs.push(run.ms);
    peaks.push(run.peakRssBytes / 1024 / 1024);
    buildOther.push(run.otherCpuCores);
    buildOwn.push(run.ownCpuCores);
    last = buildPhases(run);
    o.log(`  build ${i + 1}/${o.buildRuns}: ${(run.ms / 1000).toFixed(1)} s, peak RSS of the process tree ${Math.round(run.peakRssBytes / 1024 / 1024)} MB, CPU ${run.ownCpuCores} cores (others on the machine: ${run.otherCpuCores})`);
  }
  const out = exportStats(outRel);
  const check = spread(checkMs);
  const build = spread(buildMs);
  return {
    updates,
    checkMs: check.median,
    buildMs: build.median,
    peakRssMb: round(Math.max(...peaks)),
    exportBytes: out.bytes,
    exportDiskBytes: out.diskBytes,
    exportFiles: out.files,
    pages: out.pages,
    check: { ...check, checkerOwnMs: spread(checkerOwn), otherCpuCoresRuns: checkOther },
    build: { ...build, peakRssMbRuns: peaks.map((p) => round(p)), otherCpuCoresRuns: buildOther, ownCpuCoresRuns: buildOwn, phasesMs: last?.phases ?? {}, nextReportedMs: last?.nextReported ?? {} },
  };
}

export interface Growth {
  from: number;
  to: number;
  /** to / from, in updates. */
  sizeRatio: number;
  checkRatio: number;
  buildRatio: number;
  /** Extra build time per extra update between the two sizes (ms). */
  buildMarginalMsPerUpdate: number;
  checkMarginalMsPerUpdate: number;
}

/** How time grows between successive sizes. */
export function growth(sizes: readonly SizeResult[]): Growth[] {
  const sorted = [...sizes].sort((a, b) => a.updates - b.updates);
  const out: Growth[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    out.push({
      from: a.updates,
      to: b.updates,
      sizeRatio: round(b.updates / a.updates, 2),
      checkRatio: round(b.checkMs / a.checkMs, 2),
      buildRatio: round(b.buildMs / a.buildMs, 2),
      buildMarginalMsPerUpdate: round((b.buildMs - a.buildMs) / (b.updates - a.updates), 1),
      checkMarginalMsPerUpdate: round((b.checkMs - a.checkMs) / (b.updates - a.updates), 2),
    });
  }
  return out;
}
