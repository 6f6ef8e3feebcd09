/**
 * `npm run loadtest`: a bounded load test on loopback (127.0.0.1 only).
 *
 * Builds the real content if needed (OUT_DIR, default out-bench/real), then serves that
 * one export two ways in the same run:
 *
 * - npm-start: `scripts/serve.ts` (createStaticServer, the code `npm start` runs), in a
 *   child `node --import tsx` process, so that its RSS is its own, read from /proc;
 * - nginx: Debian's nginx with the server block the build generates (lib/host-configs.ts),
 *   one worker, in a temporary prefix folder (as tests/e2e/nginx.spec.ts does);
 *
 * and loads each with autocannon, one server and one URL at a time, against `/`, an update
 * page and `/feed.xml`, sending `Accept-Encoding: br, gzip`. Every run is bounded in time
 * (--duration, plus a watchdog) and in count (--max-requests).
 *
 * Prints a table, writes JSON (--json, default out-bench/loadtest.json) and exits 1 if any
 * request failed or got a non-2xx answer.
 *
 *   npm run loadtest                      # 30 s per URL, 50 connections
 *   npm run loadtest -- --duration 5      # a quick run
 *   flags: --duration S --connections N --max-requests N --servers npm-start,nginx --json PATH --rebuild
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import autocannon from "autocannon";
import { rssBytes, treeRssBytes } from "../bench/proc";
import { contentDir, loadContent } from "../lib/content/load";
import { featuredIncident, publishedOnly } from "../lib/content/derive";
import { NGINX_TEMP_DIRS, nginxServerBlock, nginxStandaloneConfig } from "../lib/host-configs";
import { paths } from "../lib/routes";

/** The only host this test ever sends a request to. */
export const LOOPBACK = "127.0.0.1";
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));

export type ServerName = "npm-start" | "nginx";

export interface LoadTestOptions {
  /** Seconds per URL and server. */
  durationSec: number;
  connections: number;
  /** Hard cap on the requests of one run (autocannon's maxOverallRequests). */
  maxRequests: number;
  /** The export to serve (inside the project). */
  outDir: string;
  /** The content it was built from (for the update page and the organisations' URLs). */
  contentDir: string;
  servers: ServerName[];
  rebuild?: boolean;
  log?: (line: string) => void;
}

export interface UrlResult {
  path: string;
  /** Mean requests per second over the run. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Content-Encoding the server chose for `Accept-Encoding: br, gzip` (checked once before the run). */
  encoding: string;
  /** Body bytes of that one response. */
  bodyBytes: number;
}

export interface ServerResult {
  name: ServerName;
  /** How RSS was measured. */
  rssHow: string;
  rssBeforeMb: number;
  rssPeakMb: number;
  rssAfterMb: number;
  urls: UrlResult[];
}

export interface LoadTestResult {
  date: string;
  options: { durationSec: number; connections: number; maxRequests: number; outDir: string; contentDir: string; acceptEncoding: string };
  note: string;
  servers: ServerResult[];
  /** Servers that could not be run, with the reason. */
  skipped: { name: ServerName; reason: string }[];
  ok: boolean;
}

const ACCEPT_ENCODING = "br, gzip";
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A free TCP port on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== LOOPBACK) throw new Error(`refusing to send load to ${host}: only ${LOOPBACK} is allowed`);
}

/** One GET with our Accept-Encoding: status, encoding and body size. */
export function probe(url: string): Promise<{ status: number; encoding: string; bytes: number }> {
  assertLoopback(url);
  return new Promise((resolveProbe, reject) => {
    const req = request(url, { headers: { "Accept-Encoding": ACCEPT_ENCODING }, timeout: 5000 }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolveProbe({ status: res.statusCode ?? 0, encoding: String(res.headers["content-encoding"] ?? "identity"), bytes }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end();
  });
}

async function waitUntilUp(url: string, child: ChildProcess, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode} before it answered`);
    try {
      await probe(url);
      return;
    } catch {
      await sleep(100);
    }
  }
  throw new Error(`${what} did not answer on ${url} within 10 s`);
}

/** Builds the export with the real `npm run build` when it is missing (or when asked). */
export function ensureBuilt(outDir: string, content: string, rebuild = false, log = console.log): void {
  if (!rebuild && existsSync(join(outDir, "index.html"))) return;
  const rel = relative(process.cwd(), resolve(outDir));
  if (rel.startsWith("..")) throw new Error(`OUT_DIR must be inside the project, not ${outDir}`);
  log(`Building ${content} into ${rel}/ (npm run build) ...`);
  mkdirSync(dirname(resolve(outDir)), { recursive: true });
  const build = spawnSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CONTENT_DIR: content, OUT_DIR: rel } });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
}

/** The pages to load: home, the featured incident's latest update, the site feed. */
export function targetPaths(content: string): string[] {
  const loaded = loadContent(resolve(content)).content;
  if (!loaded) throw new Error(`the content in ${content} does not load: run npm run check`);
  const published = publishedOnly(loaded);
  const incident = featuredIncident(published.incidents, published.updates);
  const update = published.updates.filter((u) => u.incident === incident?.slug).at(-1) ?? published.updates.at(-1);
  if (!update) throw new Error("the content has no published update to load");
  return [paths.home(), paths.update(update.incident, update.slug), "/feed.xml"];
}

export interface Running {
  name: ServerName;
  base: string;
  /** The pid whose tree is measured. */
  pid: number;
  rss: () => number;
  rssHow: string;
  stop: () => Promise<void>;
}

async function startNpmStart(outDir: string, content: string): Promise<Running> {
  const port = await freePort();
  const base = `http://${LOOPBACK}:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "--dir", resolve(outDir), "--port", String(port), "--host", LOOPBACK], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, CONTENT_DIR: content },
  });
  await waitUntilUp(`${base}/`, child, "the npm start server");
  const pid = child.pid!;
  return {
    name: "npm-start",
    base,
    pid,
    rss: () => rssBytes(pid),
    rssHow: "VmRSS of the server's own node process (scripts/serve.ts run as `node --import tsx`, a child of this one), from /proc/<pid>/statm",
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
    },
  };
}

async function startNginx(outDir: string, orgUrls: readonly string[]): Promise<Running> {
  if (!NGINX) throw new Error("nginx is not installed (apt-get install nginx)");
  const port = await freePort();
  const base = `http://${LOOPBACK}:${port}`;
  const dir = mkdtempSync(join(tmpdir(), "loadtest-nginx-"));
  for (const t of NGINX_TEMP_DIRS) mkdirSync(join(dir, t));
  const server = nginxServerBlock({ root: resolve(outDir), listen: `${LOOPBACK}:${port}`, orgUrls });
  writeFileSync(join(dir, "nginx.conf"), nginxStandaloneConfig(dir, server));
  const args = ["-c", join(dir, "nginx.conf"), "-p", dir, "-e", join(dir, "error.log")];
  const check = spawnSync(NGINX, ["-t", ...args], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t failed: ${check.stderr}`);
  const child = spawn(NGINX, args, { stdio: "ignore" });
  await waitUntilUp(`${base}/`, child, "nginx");
  const pid = child.pid!;
  return {
    name: "nginx",
    base,
    pid,
    rss: () => treeRssBytes(pid),
    rssHow: "summed VmRSS of the nginx master and its one worker, from /proc/<pid>/statm",
    stop: async () => {
      child.kill("SIGQUIT");
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts one of the two servers on a free loopback port; `stop()` ends it. */
export function startServer(name: ServerName, outDir: string, content: string): Promise<Running> {
  const orgUrls = loadContent(resolve(content)).content?.site.organisations.map((org) => org.url) ?? [];
  return name === "nginx" ? startNginx(outDir, orgUrls) : startNpmStart(outDir, content);
}

/** One autocannon run: bounded by duration, by a request cap and by a watchdog. */
function cannon(url: string, o: Pick<LoadTestOptions, "durationSec" | "connections" | "maxRequests">): Promise<autocannon.Result> {
  assertLoopback(url);
  return new Promise((resolveRun, reject) => {
    const instance = autocannon(
      {
        url,
        connections: o.connections,
        duration: o.durationSec,
        maxOverallRequests: Math.max(o.maxRequests, o.connections),
        headers: { "accept-encoding": ACCEPT_ENCODING },
        timeout: 10,
      },
      (error, result) => {
        clearTimeout(watchdog);
        if (error) reject(error);
        else resolveRun(result);
      },
    );
    // Stops the run if autocannon itself has not after the duration and a grace period.
    const watchdog = setTimeout(() => instance.stop(), (o.durationSec + 15) * 1000);
  });
}

export async function runLoadTest(o: LoadTestOptions): Promise<LoadTestResult> {
  const log = o.log ?? console.log;
  ensureBuilt(o.outDir, o.contentDir, o.rebuild, log);
  const targets = targetPaths(o.contentDir);
  const result: LoadTestResult = {
    date: new Date().toISOString(),
    options: { durationSec: o.durationSec, connections: o.connections, maxRequests: o.maxRequests, outDir: o.outDir, contentDir: o.contentDir, acceptEncoding: ACCEPT_ENCODING },
    note: "autocannon runs in this process on the same 2 cores as the server under test, one server and one URL at a time; rps is the mean over the run, latency from autocannon's histogram",
    servers: [],
    skipped: [],
    ok: true,
  };
  for (const name of o.servers) {
    let running: Running;
    try {
      running = await startServer(name, o.outDir, o.contentDir);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log(`${name}: not run: ${reason}`);
      result.skipped.push({ name, reason });
      result.ok = false;
      continue;
    }
    try {
      const before = running.rss();
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, running.rss())), 100);
      const urls: UrlResult[] = [];
      for (const path of targets) {
        const url = `${running.base}${path}`;
        const first = await probe(url);
        log(`${name} ${path}: ${o.durationSec} s at ${o.connections} connections (answers ${first.status}, ${first.encoding}, ${first.bytes} bytes) ...`);
        const r = await cannon(url, o);
        urls.push({
          path,
          rps: Math.round(r.requests.average),
          p50Ms: r.latency.p50,
          p99Ms: r.latency.p99,
          maxMs: r.latency.max,
          requests: r.requests.total,
          errors: r.errors,
          timeouts: r.timeouts,
          non2xx: r.non2xx,
          encoding: first.encoding,
          bodyBytes: first.bytes,
        });
        if (first.status !== 200 || r.errors > 0 || r.non2xx > 0) result.ok = false;
      }
      clearInterval(sampler);
      const after = running.rss();
      result.servers.push({ name, rssHow: running.rssHow, rssBeforeMb: mb(before), rssPeakMb: mb(Math.max(peak, after)), rssAfterMb: mb(after), urls });
    } finally {
      await running.stop();
    }
  }
  return result;
}

export function formatTable(result: LoadTestResult): string {
  const rows = [["server", "url", "req/s", "p50 ms", "p99 ms", "errors", "non-2xx", "encoding", "RSS before → after (peak) MB"]];
  for (const s of result.servers) {
    for (const u of s.urls) {
      rows.push([s.name, u.path, String(u.rps), String(u.p50Ms), String(u.p99Ms), String(u.errors), String(u.non2xx), u.encoding, `${s.rssBeforeMb} → ${s.rssAfterMb} (${s.rssPeakMb})`]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join("  ")).join("\n");
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

async function main() {
  const durationSec = Number(arg("duration") ?? 30);
  const connections = Number(arg("connections") ?? 50);
  const maxRequests = Number(arg("max-requests") ?? 5_000_000);
  for (const [flag, value, max] of [["duration", durationSec, 600], ["connections", connections, 1000], ["max-requests", maxRequests, 50_000_000]] as const) {
    if (!Number.isFinite(value) || value < 1 || value > max) throw new Error(`--${flag} must be a number between 1 and ${max}, found ${value}`);
  }
  const servers = (arg("servers") ?? "npm-start,nginx").split(",") as ServerName[];
  for (const s of servers) if (s !== "npm-start" && s !== "nginx") throw new Error(`--servers takes npm-start and/or nginx, found ${s}`);
  const outDir = process.env.OUT_DIR ?? "out-bench/real";
  const content = relative(process.cwd(), contentDir()) || "content";
  const jsonPath = arg("json") ?? "out-bench/loadtest.json";

  const result = await runLoadTest({ durationSec, connections, maxRequests, outDir, contentDir: content, servers, rebuild: process.argv.includes("--rebuild") });
  console.log(`\n${formatTable(result)}\n`);
  for (const s of result.servers) console.log(`RSS of ${s.name}: ${s.rssHow}`);
  mkdirSync(dirname(resolve(jsonPath)), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Wrote ${jsonPath}`);
  if (!result.ok) {
    console.error("FAILED: some requests failed or were not 2xx, or a server could not run (see above).");
    process.exitCode = 1;
  }
}

if (process.argv[1]?.endsWith("loadtest.ts")) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
