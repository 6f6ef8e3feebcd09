/**
 * For each content size: `npm run check` wall time, full `npm run build` wall time and the
 * peak RSS of its whole process tree, the export's size on disk and its number of pages.
 * Everything is spawned exactly as a user runs it (npm run ...), one command at a time.
 */
import { appendFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { scanBudget, type PageGzip } from "./budget";
import { contentDirFor, generateContent } from "./generate";
import { runMeasured, type MeasuredRun } from "./proc";
import { loadavg } from "node:os";
import { round, spread, type Spread } from "./stats";

export interface SizeResult {
  updates: number;
  /** Median wall time of `npm run check`, ms (npm and tsx start-up included, as a user waits). */
  checkMs: number;
  /**
   * Median wall time of `npm run build` (checker, next build, post-export, swap) after a
   * content change, on a checkout that has built before (its caches warm), ms.
   */
  buildMs: number;
  /** Highest peak, over those build runs, of the summed RSS of the build's process tree, MB. */
  peakRssMb: number;
  /**
   * One build after a new update (in the first incident, in the latest update's phase:
   * every page of that incident names the latest update, so all of them are rendered),
   * and one after a correction with RENDER_ALL=1 (every page rendered, as after an edit
   * to site.md or a service name, or a code change without the compile).
   */
  newUpdate?: OtherBuild;
  renderAll?: OtherBuild;
  /** Pages copied from the previous export, of those that can be, in each build after a correction. */
  reusedRuns?: string[];
  /** The first build, as on a fresh clone: no .next/, no node_modules/.cache, no previous export. */
  cold: { ms: number; peakRssMb: number; phasesMs: Record<string, number> } | null;
  /** How next build ran in each warm build: "generate" (compiled code reused) or "full". */
  buildModes: string[];
  /** Every page's HTML + CSS gzip against the 14 KB budget. */
  budget: { pages: number; heaviest: PageGzip[]; overCount: number; over: PageGzip[] };
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

export interface OtherBuild {
  ms: number;
  peakRssMb: number;
  /** "N of M" update and timeline pages copied from the previous export. */
  reused: string;
  phasesMs: Record<string, number>;
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
  createBuild: /Creating an optimized production build/,
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
  const compiled = at.compiled !== undefined;
  const phases: Record<string, number> = {
    "npm, tsx and the checker": round(at.nextStart ?? Number.NaN),
    // In generate mode (code unchanged since the last full build) nothing is compiled.
    "next: compile": compiled ? between("nextStart", "compiled") : 0,
    "next: start-up and checks before rendering": between(compiled ? "compiled" : "nextStart", "collecting"),
    "next: collect page data": between("collecting", "generating"),
    "next: generate static pages": between("generating", "generated"),
    "next: finalize and export": between("generated", "routeTable"),
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

/**
 * Appends a correction to the latest published update of the first incident (file names
 * sort by date), so that each warm build publishes changed content.
 */
export function editLatestUpdate(contentDir: string, n: number): string {
  const file = latestUpdateFile(contentDir);
  appendFileSync(file, `\nCorrection ${n}: this paragraph was added by the benchmark to change the content.\n`);
  return file;
}

/** The latest published update of the first incident (file names sort by date). */
function latestUpdateFile(contentDir: string): string {
  const incidents = join(contentDir, "incidents");
  const incident = readdirSync(incidents).sort()[0];
  const folder = join(incidents, incident, "updates");
  const file = readdirSync(folder)
    .sort()
    .reverse()
    .map((f) => join(folder, f))
    .find((f) => !/^draft:\s*true\s*$/m.test(readFileSync(f, "utf8")))!;
  return file;
}

/**
 * Publishes a new update in the first incident: a copy of its latest published update,
 * an hour later, with a new title (the same phase, services and body).
 */
export function addUpdate(contentDir: string, n: number): string {
  const latest = latestUpdateFile(contentDir);
  const text = readFileSync(latest, "utf8");
  const m = /^published: (\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2})$/m.exec(text);
  if (!m) throw new Error(`${latest}: no published time to follow`);
  const next = new Date(Date.parse(`${m[1]}T${m[2]}:${m[3]}:00Z`) + 3_600_000).toISOString();
  const file = join(latest, "..", `${next.slice(0, 10)}-bench-new-update-${n}.md`);
  writeFileSync(
    file,
    text
      .replace(m[0], `published: ${next.slice(0, 10)} ${next.slice(11, 16)}`)
      .replace(/^title: .*$/m, `title: New update ${n} published by the benchmark`)
      .replace(/^revisions:\n(?:  .*\n)*/m, ""),
  );
  return file;
}

export interface SizeOptions {
  checkRuns: number;
  buildRuns: number;
  /** Run one build from nothing first (no .next/, caches or previous export). */
  cold: boolean;
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

  const builds = { ms: [] as number[], peaks: [] as number[], other: [] as number[], own: [] as number[], modes: [] as string[] };
  let last: ReturnType<typeof buildPhases> | undefined;
  const reusedRuns: string[] = [];
  const build = async (label: string, extraEnv: Record<string, string> = {}) => {
    const run = await runMeasured("npm", ["run", "build"], { env: { ...env, OUT_DIR: outRel, ...extraEnv }, timeoutMs: 60 * 60_000 });
    writeFileSync(join(o.logDir, `build-${updates}-${label}.log`), run.lines.map((l) => `[${(l.ms / 1000).toFixed(2).padStart(7)} s] ${l.text}`).join("\n"));
    if (run.status !== 0) throw new Error(`npm run build failed on ${contentRel} (see ${o.logDir}/build-${updates}-${label}.log)`);
    const mode = run.lines.some((l) => /^next build: the code has not changed/.test(l.text)) ? "generate" : "full";
    const plan = run.lines.map((l) => /^pages: (\d+) of (\d+) update and timeline pages are unchanged/.exec(l.text)).find(Boolean);
    const reused = plan ? `${plan[1]} of ${plan[2]}` : "none";
    o.log(`  build ${label}: ${(run.ms / 1000).toFixed(1)} s (next build: ${mode}; pages copied: ${reused}), peak RSS of the process tree ${Math.round(run.peakRssBytes / 1024 / 1024)} MB, CPU ${run.ownCpuCores} cores (others on the machine: ${run.otherCpuCores}), load ${loadavg()[0].toFixed(2)}`);
    return { run, mode, reused, phases: buildPhases(run) };
  };

  let cold: SizeResult["cold"] = null;
  if (o.cold) {
    // As on a fresh clone: no compiled code or build cache, no analysis cache, no export.
    for (const dir of [".next", join("node_modules", ".cache", "council-incident-status"), outRel]) rmSync(dir, { recursive: true, force: true });
    const { run, phases } = await build("cold");
    cold = { ms: run.ms, peakRssMb: round(run.peakRssBytes / 1024 / 1024), phasesMs: phases.phases };
  }
  // Checks after the cold build, which empties the checker's cache: a writer re-checks often.
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

  for (let i = 0; i < o.buildRuns; i++) {
    // A content change, as a comms officer makes one: a correction to the latest update.
    editLatestUpdate(generated.dir, i + 1);
    const { run, mode, phases, reused } = await build(`${i + 1}`);
    reusedRuns.push(reused);
    builds.ms.push(run.ms);
    builds.peaks.push(run.peakRssBytes / 1024 / 1024);
    builds.other.push(run.otherCpuCores);
    builds.own.push(run.ownCpuCores);
    builds.modes.push(mode);
    last = phases;
  }
  const other = async (label: string, extraEnv?: Record<string, string>): Promise<OtherBuild> => {
    const { run, phases, reused } = await build(label, extraEnv);
    return { ms: run.ms, peakRssMb: round(run.peakRssBytes / 1024 / 1024), reused, phasesMs: phases.phases };
  };
  addUpdate(generated.dir, o.buildRuns + 1);
  const newUpdate = await other("new-update");
  editLatestUpdate(generated.dir, o.buildRuns + 2);
  const renderAll = await other("render-all", { RENDER_ALL: "1" });
  const out = exportStats(outRel);
  const scan = scanBudget(outRel);
  o.log(`  pages: ${scan.pages}, heaviest ${scan.heaviest[0]?.path} ${scan.heaviest[0]?.total} B gzip (HTML + CSS), ${scan.over.length} over 14 KB`);
  const check = spread(checkMs);
  const buildSpread = spread(builds.ms);
  return {
    updates,
    checkMs: check.median,
    buildMs: buildSpread.median,
    peakRssMb: round(Math.max(...builds.peaks)),
    cold,
    newUpdate,
    renderAll,
    reusedRuns,
    buildModes: builds.modes,
    budget: { pages: scan.pages, heaviest: scan.heaviest, overCount: scan.over.length, over: scan.over.slice(0, 10) },
    exportBytes: out.bytes,
    exportDiskBytes: out.diskBytes,
    exportFiles: out.files,
    pages: out.pages,
    check: { ...check, checkerOwnMs: spread(checkerOwn), otherCpuCoresRuns: checkOther },
    build: { ...buildSpread, peakRssMbRuns: builds.peaks.map((p) => round(p)), otherCpuCoresRuns: builds.other, ownCpuCoresRuns: builds.own, phasesMs: last?.phases ?? {}, nextReportedMs: last?.nextReported ?? {} },
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
