/**
 * Process measurements from /proc (Linux): the resident memory of one process or of a
 * whole process tree, and a spawn that records wall time and the tree's peak RSS.
 */
import { spawn, type SpawnOptions } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const PAGE_BYTES = 4096;

/** pid → parent pid for every process we can see. */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name is in parentheses and may hold spaces: read after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(Number(name), Number(fields[1]));
    } catch {
      // It exited while we looked.
    }
  }
  return out;
}

/** Resident set size of one process in bytes (0 if it has gone). */
export function rssBytes(pid: number): number {
  try {
    const statm = readFileSync(`/proc/${pid}/statm`, "utf8").split(" ");
    return Number(statm[1]) * PAGE_BYTES;
  } catch {
    return 0;
  }
}

/** `root` and all its descendants. */
export function treePids(root: number): number[] {
  const parentOf = parents();
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parentOf) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    if (!parentOf.has(pid)) continue;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Summed RSS of a process tree in bytes. Shared pages count once per process (an upper bound). */
export function treeRssBytes(root: number): number {
  return treePids(root).reduce((sum, pid) => sum + rssBytes(pid), 0);
}

/** Busy CPU ticks of the whole machine (user, nice, system, irq, softirq, steal), from /proc/stat. */
export function systemBusyTicks(): number {
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = cpu;
  return user + nice + system + irq + softirq + (steal ?? 0);
}

/** CPU ticks of this process plus all its children that have exited and been waited for. */
export function selfAndReapedChildrenTicks(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // After the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
  return Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
}

const TICKS_PER_SECOND = 100;

export interface MeasuredRun {
  ms: number;
  /**
   * CPU used by processes that are not this run (nor this process) while it ran, in cores
   * on average: 0 on a quiet machine. Another job on the machine shows here.
   */
  otherCpuCores: number;
  /** CPU used by the run itself, in cores on average. */
  ownCpuCores: number;
  peakRssBytes: number;
  status: number | null;
  /** stdout and stderr, interleaved, each line with its time since the start in ms. */
  lines: { ms: number; text: string }[];
}

/**
 * Runs a command as a user would, sampling its whole process tree's RSS every
 * `sampleMs` (default 100 ms), and returns the wall time and the peak of the sum. A run
 * longer than `timeoutMs` is killed (the whole process group) and reported with status null.
 */
export function runMeasured(
  command: string,
  args: string[],
  options: SpawnOptions & { sampleMs?: number; timeoutMs?: number; echo?: boolean } = {},
): Promise<MeasuredRun> {
  const { sampleMs = 100, timeoutMs = 30 * 60_000, echo = false, ...spawnOptions } = options;
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const busyBefore = systemBusyTicks();
    const ownBefore = selfAndReapedChildrenTicks();
    const child = spawn(command, args, { ...spawnOptions, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const lines: MeasuredRun["lines"] = [];
    let peak = 0;
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRssBytes(child.pid));
    };
    const timer = setInterval(sample, sampleMs);
    const killer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, timeoutMs);
    for (const stream of [child.stdout!, child.stderr!]) {
      let partial = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        const ms = performance.now() - started;
        const parts = (partial + chunk).split(/\r?\n/);
        partial = parts.pop() ?? "";
        for (const text of parts) {
          lines.push({ ms, text });
          if (echo) console.log(`    | ${text}`);
        }
      });
      stream.on("end", () => {
        if (partial) lines.push({ ms: performance.now() - started, text: partial });
      });
    }
    child.on("error", (error) => {
      clearInterval(timer);
      clearTimeout(killer);
      reject(error);
    });
    child.on("close", (status) => {
      const ms = performance.now() - started;
      clearInterval(timer);
      clearTimeout(killer);
      const seconds = ms / 1000;
      const own = (selfAndReapedChildrenTicks() - ownBefore) / TICKS_PER_SECOND;
      const busy = (systemBusyTicks() - busyBefore) / TICKS_PER_SECOND;
      resolvePromise({
        ms,
        otherCpuCores: Math.max(0, Math.round(((busy - own) / seconds) * 100) / 100),
        ownCpuCores: Math.round((own / seconds) * 100) / 100,
        peakRssBytes: peak,
        status,
        lines,
      });
    });
    sample();
  });
}
