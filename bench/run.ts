/**
 * `npm run bench`: the project's benchmarks. Never part of `npm test`: the targets are
 * reported, not asserted.
 *
 *   npm run bench                                   # everything (about 20 minutes on 2 cores)
 *   npm run bench -- --only sizes --sizes 100,1000  # a quick run of one part
 *
 * Parts (--only, comma-separated; default all):
 *   sizes       generated content of --sizes updates (default 100,1000,5000): a cold build
 *               first (no .next/, caches or previous export; --cold-sizes 100,1000 for some
 *               sizes only, --no-cold for none), then npm run check
 *               (median of --check-runs, default 3), npm run build (median of --build-runs,
 *               default 3, and --large-build-runs, default 1, above 1,000 updates) after a
 *               correction each, one build after a new update and one with every page
 *               rendered (RENDER_ALL=1), peak RSS of the build's process tree, export size
 *               and pages
 *   pages       page weight per kind of page of the real content (gzip, brotli)
 *   lighthouse  Lighthouse 12 in headless Chromium on 5 real pages (--lighthouse-runs, default 3)
 *   serve       the load test (scripts/loadtest.ts) for --serve-duration s (default 10)
 *   cards       social cards drawn without the cache (--cards, default 200): time and size
 *               each, for generated content and the Unicode test site (bench/cards.ts)
 *
 * Writes bench/results/<ISO 8601 basic date>.json; rewrites the results part of
 * BENCHMARKS.md after a run of every part (or with --md).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, relative } from "node:path";
import { ensureBuilt, runLoadTest, startServer, type LoadTestResult } from "../scripts/loadtest";
import { runLighthouse, type LighthouseResult, type LighthouseScores } from "./lighthouse";
import { measureCards, type CardResults } from "./cards";
import { calibrate, machine, type Machine } from "./machine";
import { pageWeights, representativePages, type PageWeight } from "./pages";
import { updateBenchmarksMd } from "./report";
import { growth, measureSize, type Growth, type SizeResult } from "./sizes";
import { round } from "./stats";

const PARTS = ["sizes", "pages", "lighthouse", "serve", "cards"] as const;
type Part = (typeof PARTS)[number];
const LIGHTHOUSE_KINDS = ["home", "timeline", "update", "board", "advice"] as const;
export const REAL_OUT = join("out-bench", "real");

export interface Target {
  target: string;
  measured: string;
  met: boolean | null;
}

export interface BenchResults {
  date: string;
  command: string;
  machine: Machine;
  sizes: SizeResult[] | null;
  growth: Growth[] | null;
  pages: Record<string, PageWeight> | null;
  lighthouse: Record<string, LighthouseScores> | null;
  serve: { npmStart: { rps: number; p99Ms: number }; nginx: { rps: number; p99Ms: number } } | null;
  cards?: CardResults | null;
  noise: Record<string, unknown>;
  targets: Target[];
  details: {
    lighthouse?: LighthouseResult;
    serve?: LoadTestResult & { summary: string };
  };
  durationMs: number;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

function numberArg(name: string, fallback: number, min: number, max: number): number {
  const raw = arg(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, found ${raw}`);
  return value;
}

const log = (line: string) => console.log(line);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits (up to `maxSeconds`) for the 1-minute load average to fall below 1. */
async function waitForQuiet(maxSeconds: number): Promise<{ waitedS: number; loadavg1: number }> {
  const started = Date.now();
  while (loadavg()[0] >= 1 && Date.now() - started < maxSeconds * 1000) {
    log(`  the machine is busy (load average ${loadavg()[0].toFixed(2)}): waiting for it to settle ...`);
    await sleep(15_000);
  }
  return { waitedS: Math.round((Date.now() - started) / 1000), loadavg1: round(loadavg()[0], 2) };
}

function evaluateTargets(r: BenchResults): Target[] {
  const targets: Target[] = [];
  const size = (n: number) => r.sizes?.find((s) => s.updates === n);
  const s1000 = size(1000);
  targets.push({
    target: "npm run check < 1 s for 1,000 updates",
    measured: s1000 ? `${(s1000.checkMs / 1000).toFixed(2)} s wall (the checker's own ${(s1000.check.checkerOwnMs.median / 1000).toFixed(2)} s)` : "not measured",
    met: s1000 ? s1000.checkMs < 1000 : null,
  });
  // Build targets (issue 10): after a content change, on a checkout that has built before.
  for (const [n, limitS] of [[100, 10], [1000, 20], [5000, 100]] as const) {
    const x = size(n);
    targets.push({
      target: `build after a content change ≤ ${limitS} s for ${n.toLocaleString("en-GB")} updates (2 cores, caches warm)`,
      measured: x
        ? `${(x.buildMs / 1000).toFixed(1)} s (next build: ${[...new Set(x.buildModes)].join(", ")})${x.newUpdate ? `; after a new update ${(x.newUpdate.ms / 1000).toFixed(1)} s` : ""}${x.renderAll ? `; every page rendered ${(x.renderAll.ms / 1000).toFixed(1)} s` : ""}${x.cold ? `; cold ${(x.cold.ms / 1000).toFixed(1)} s` : ""}`
        : "not measured",
      met: x ? x.buildMs <= limitS * 1000 : null,
    });
  }
  if (r.sizes?.length) {
    const peak = Math.max(...r.sizes.flatMap((x) => [x.peakRssMb, x.newUpdate?.peakRssMb ?? 0, x.renderAll?.peakRssMb ?? 0]));
    const coldPeak = Math.max(...r.sizes.map((x) => x.cold?.peakRssMb ?? 0));
    targets.push({
      target: "peak memory of the build's process tree ≤ 1.5 GB",
      measured: `${Math.round(peak)} MB after a content change (a correction, a new update or every page rendered)${coldPeak ? `, ${Math.round(coldPeak)} MB cold` : ""} (largest size)`,
      met: peak <= 1536,
    });
    const over = r.sizes.flatMap((x) => x.budget.over.map((p) => `${x.updates}: ${p.path} ${(p.total / 1024).toFixed(1)} KiB`));
    targets.push({
      target: "every page ≤ 14 KB gzip (HTML + CSS) at every size",
      measured: over.length
        ? `${r.sizes.reduce((n, x) => n + x.budget.overCount, 0)} over: ${over.slice(0, 5).join(", ")}`
        : `heaviest: ${r.sizes.map((x) => `${x.updates}: ${((x.budget.heaviest[0]?.total ?? 0) / 1024).toFixed(1)} KiB`).join(", ")}`,
      met: over.length === 0,
    });
  }
  const g = r.growth ?? [];
  if (g.length >= 2) {
    const [small, large] = [g[0], g[g.length - 1]];
    // Linear or better: the extra cost of each update does not grow with the size.
    const linear = large.buildMarginalMsPerUpdate <= small.buildMarginalMsPerUpdate * 1.25;
    targets.push({
      target: "build time scales linearly or better",
      measured: `${small.buildMarginalMsPerUpdate} ms per extra update from ${small.from} to ${small.to}, ${large.buildMarginalMsPerUpdate} ms from ${large.from} to ${large.to}`,
      met: linear,
    });
  } else targets.push({ target: "build time scales linearly or better", measured: "needs three sizes", met: null });
  if (r.lighthouse) {
    const below = Object.entries(r.lighthouse).flatMap(([kind, s]) =>
      (["performance", "accessibility", "best-practices", "seo"] as const).filter((c) => s[c] < 100).map((c) => `${kind} ${c} ${s[c]}`),
    );
    targets.push({ target: "Lighthouse 100 in all four categories", measured: below.length ? below.join(", ") : "100 everywhere", met: below.length === 0 });
  } else {
    const reason = r.details.lighthouse && !r.details.lighthouse.ok ? `could not run: ${r.details.lighthouse.reason}` : "not measured";
    targets.push({ target: "Lighthouse 100 in all four categories", measured: reason, met: null });
  }
  if (r.serve) {
    const ratio = r.serve.npmStart.rps / r.serve.nginx.rps;
    targets.push({
      target: "npm start ≥ 0.4× nginx requests/s",
      measured: `${r.serve.npmStart.rps} vs ${r.serve.nginx.rps} req/s (${ratio.toFixed(2)}×)`,
      met: ratio >= 0.4,
    });
    targets.push({ target: "npm start p99 < 10 ms", measured: `${r.serve.npmStart.p99Ms} ms (worst of the three URLs)`, met: r.serve.npmStart.p99Ms < 10 });
  } else {
    targets.push({ target: "npm start ≥ 0.4× nginx requests/s", measured: "not measured", met: null });
    targets.push({ target: "npm start p99 < 10 ms", measured: "not measured", met: null });
  }
  if (r.cards) {
    const { generated, unicode } = r.cards;
    targets.push({
      target: "a social card ≤ 25 KB",
      measured: `mean ${(generated.bytesMean / 1024).toFixed(1)} KB, max ${(generated.bytesMax / 1024).toFixed(1)} KB (${generated.under25KbPct}% ≤ 25 KB); emoji and eight scripts: mean ${(unicode.bytesMean / 1024).toFixed(1)} KB, max ${(unicode.bytesMax / 1024).toFixed(1)} KB`,
      met: generated.bytesMean <= 25 * 1024 && unicode.bytesMean <= 25 * 1024,
    });
    targets.push({
      target: "a social card ≤ 10 ms to draw",
      measured: `median ${generated.msMedian} ms, p95 ${generated.msP95} ms on one core (Unicode: median ${unicode.msMedian} ms); unchanged cards come from the cache`,
      met: generated.msMedian <= 10,
    });
  } else {
    targets.push({ target: "a social card ≤ 25 KB", measured: "not measured", met: null });
    targets.push({ target: "a social card ≤ 10 ms to draw", measured: "not measured", met: null });
  }
  return targets;
}

async function main() {
  const started = performance.now();
  const only = (arg("only") ?? PARTS.join(",")).split(",") as Part[];
  for (const p of only) if (!PARTS.includes(p)) throw new Error(`--only takes ${PARTS.join(", ")}, found ${p}`);
  const sizes = (arg("sizes") ?? "100,1000,5000").split(",").map(Number);
  // The sizes that get a cold build first (default all; --no-cold for none).
  const coldSizes = arg("cold-sizes")?.split(",").map(Number);
  for (const n of sizes) if (!Number.isInteger(n) || n < 10 || n > 20_000) throw new Error(`--sizes takes whole numbers from 10 to 20000, found ${n}`);
  const checkRuns = numberArg("check-runs", 3, 1, 20);
  const buildRuns = numberArg("build-runs", 3, 1, 10);
  const largeBuildRuns = numberArg("large-build-runs", 1, 1, 10);
  const lighthouseRuns = numberArg("lighthouse-runs", 3, 1, 10);
  const serveDuration = numberArg("serve-duration", 10, 1, 120);
  const cardCount = numberArg("cards", 200, 10, 5000);
  const quietWait = numberArg("quiet-wait", 120, 0, 1800);
  const all = PARTS.every((p) => only.includes(p));

  const date = new Date();
  const command = ["npm run bench", ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : [])].join(" ");
  log(`${command}: ${only.join(", ")}`);
  const quiet = await waitForQuiet(quietWait);
  const results: BenchResults = {
    date: date.toISOString(),
    command,
    machine: machine(),
    sizes: null,
    growth: null,
    pages: null,
    lighthouse: null,
    serve: null,
    cards: null,
    noise: {
      note:
        "Medians of several runs where affordable. spreadPct = (max - min) / median. otherCpuCores = CPU used by processes outside the benchmark while a command ran (0 on a quiet machine; the machine is shared). The calibration is a fixed CPU task timed before and after.",
      loadavgAtStart: { ...quiet },
      calibrationBefore: calibrate(),
    },
    targets: [],
    details: {},
    durationMs: 0,
  };
  log(`machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGb} GB, node ${results.machine.node}`);

  if (only.includes("sizes")) {
    results.sizes = [];
    for (const n of sizes) {
      log(`\n== ${n} updates`);
      results.sizes.push(await measureSize(n, { checkRuns, buildRuns: n > 1000 ? largeBuildRuns : buildRuns, cold: !process.argv.includes("--no-cold") && (coldSizes === undefined || coldSizes.includes(n)), log, logDir: join("out-bench", "logs") }));
    }
    results.growth = growth(results.sizes);
    results.noise.sizes = results.sizes.map((s) => ({
      updates: s.updates,
      checkMs: { min: s.check.min, max: s.check.max, spreadPct: s.check.spreadPct, runs: s.check.runs.length },
      buildMs: { min: s.build.min, max: s.build.max, spreadPct: s.build.spreadPct, runs: s.build.runs.length },
      otherCpuCoresDuringBuilds: s.build.otherCpuCoresRuns,
    }));
  }

  if (only.includes("cards")) {
    log(`\n== social cards (${cardCount} drawn without the cache, one core)`);
    results.cards = await measureCards(cardCount, log);
  }

  const real = only.some((p) => p !== "sizes" && p !== "cards");
  if (real) {
    log(`\n== the real content (content/) → ${REAL_OUT}/`);
    ensureBuilt(REAL_OUT, "content", !process.argv.includes("--reuse-real"), log);
  }
  if (only.includes("pages")) {
    results.pages = pageWeights(REAL_OUT, "content");
    for (const [kind, w] of Object.entries(results.pages)) log(`  ${kind.padEnd(13)} ${w.path}: HTML ${w.htmlGzip} B gzip, CSS ${w.cssGzip} B gzip, total ${w.totalGzip} B gzip / ${w.totalBrotli} B brotli`);
  }
  if (only.includes("lighthouse")) {
    log(`\n== Lighthouse (${lighthouseRuns} run(s) per page)`);
    const all = representativePages("content");
    const pages = Object.fromEntries(LIGHTHOUSE_KINDS.map((k) => [k, all[k]]));
    const server = await startServer("npm-start", REAL_OUT, "content");
    try {
      const lh = await runLighthouse(server.base, pages, lighthouseRuns, log);
      results.details.lighthouse = lh;
      if (lh.ok) {
        results.lighthouse = Object.fromEntries(
          Object.entries(lh.pages).map(([k, p]) => [k, { performance: p.performance, accessibility: p.accessibility, "best-practices": p["best-practices"], seo: p.seo, lcpMs: p.lcpMs, tbtMs: p.tbtMs, cls: p.cls }]),
        );
        results.noise.lighthouse = Object.fromEntries(
          Object.entries(lh.pages).map(([k, p]) => [k, { performanceRuns: p.runs.map((r) => r.performance), lcpMsRuns: p.runs.map((r) => r.lcpMs) }]),
        );
      } else log(`  Lighthouse could not run: ${lh.reason}`);
    } finally {
      await server.stop();
    }
  }
  if (only.includes("serve")) {
    log(`\n== serving (${serveDuration} s per URL and server, 50 connections)`);
    const load = await runLoadTest({ durationSec: serveDuration, connections: 50, maxRequests: 5_000_000, outDir: REAL_OUT, contentDir: "content", servers: ["npm-start", "nginx"], log });
    const summarise = (name: "npm-start" | "nginx") => {
      const s = load.servers.find((x) => x.name === name);
      if (!s) return { rps: Number.NaN, p99Ms: Number.NaN };
      return { rps: Math.round(s.urls.reduce((n, u) => n + u.rps, 0) / s.urls.length), p99Ms: Math.max(...s.urls.map((u) => u.p99Ms)) };
    };
    results.serve = { npmStart: summarise("npm-start"), nginx: summarise("nginx") };
    results.details.serve = { ...load, summary: "rps: mean over the three URLs of each URL's mean requests/s; p99Ms: the worst of the three URLs' p99" };
    if (!load.ok) log("  the load test saw errors or non-2xx answers (see details.serve)");
  }

  results.noise.calibrationAfter = calibrate();
  results.noise.loadavgAtEnd = round(loadavg()[0], 2);
  results.targets = evaluateTargets(results);
  results.durationMs = Math.round(performance.now() - started);

  mkdirSync(join("bench", "results"), { recursive: true });
  const stamp = date.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  const file = join("bench", "results", `${stamp}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  log(`\nWrote ${relative(process.cwd(), file)}`);
  if (all || process.argv.includes("--md")) {
    updateBenchmarksMd("BENCHMARKS.md", results, file);
    log("Updated BENCHMARKS.md");
  }
  log("\nTargets (reported, not tests):");
  for (const t of results.targets) log(`  ${t.met === null ? "?" : t.met ? "met   " : "MISSED"}  ${t.target}: ${t.measured}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
