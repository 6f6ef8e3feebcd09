/** What the benchmarks ran on, and how noisy it was. */
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, release, totalmem } from "node:os";
import { round, spread, type Spread } from "./stats";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  nginx?: string;
  chromium?: string;
}

function firstLine(command: string, args: string[]): string | undefined {
  const r = spawnSync(command, args, { encoding: "utf8" });
  if (r.status !== 0 && r.status !== null) return undefined;
  return `${r.stdout}${r.stderr}`.trim().split("\n")[0] || undefined;
}

export function machine(): Machine {
  let os = `Linux ${release()}`;
  if (existsSync("/etc/os-release")) {
    const pretty = /PRETTY_NAME="([^"]+)"/.exec(readFileSync("/etc/os-release", "utf8"));
    if (pretty) os = `${pretty[1]} (kernel ${release()})`;
  }
  const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: availableParallelism(),
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    os,
    nginx: nginx ? firstLine(nginx, ["-v"])?.replace(/^nginx version: /, "") : undefined,
    chromium: existsSync("/usr/bin/chromium") ? firstLine("/usr/bin/chromium", ["--version"]) : undefined,
  };
}

/**
 * A fixed CPU-bound task (SHA-256 over 64 MiB, in this process) timed `runs` times: its
 * spread says how steady the machine was while the benchmarks ran.
 */
export function calibrate(runs = 5): Spread & { task: string; loadavg1: number } {
  const block = Buffer.alloc(1024 * 1024, 7);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    const hash = createHash("sha256");
    for (let i = 0; i < 64; i++) hash.update(block);
    hash.digest();
    times.push(performance.now() - started);
  }
  return { task: "sha256 of 64 MiB, ms", ...spread(times), loadavg1: round(loadavg()[0], 2) };
}
