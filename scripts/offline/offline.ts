/**
 * Runs a command with no network, as a council's locked-down build machine might:
 *
 * - in a network namespace of its own with only loopback up (`unshare -n`), where the
 *   machine allows it (root on Linux, as in CI), so nothing can leave the machine; and
 * - always with scripts/offline/no-network.cjs preloaded into every Node process, which
 *   refuses and records each attempt to reach another host, so a test can say which
 *   request was tried and not just that something timed out.
 *
 *   npx tsx scripts/offline/offline.ts <command> [args...]
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { fileURLToPath } from "node:url";

export const NO_NETWORK_PRELOAD = fileURLToPath(new URL("./no-network.cjs", import.meta.url));

let namespaceWorks: boolean | undefined;

/** Whether `unshare -n` with loopback up works here (root on Linux with iproute2). */
export function canUseNetworkNamespace(): boolean {
  namespaceWorks ??= process.platform === "linux" && spawnSync("unshare", ["-n", "sh", "-c", "ip link set lo up"], { stdio: "ignore" }).status === 0;
  return namespaceWorks;
}

export interface OfflineRun {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** "namespace": no network device but loopback; "guard": the preload alone. */
  mode: "namespace" | "guard";
}

export function offline(command: string, args: string[], env: NodeJS.ProcessEnv, log: string, { namespace = true } = {}): OfflineRun {
  const guarded = {
    ...env,
    NO_NETWORK_LOG: log,
    NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --require ${NO_NETWORK_PRELOAD}`.trim(),
    NEXT_TELEMETRY_DISABLED: "1",
    npm_config_update_notifier: "false",
  };
  if (!namespace || !canUseNetworkNamespace()) return { command, args, env: guarded, mode: "guard" };
  return { command: "unshare", args: ["-n", "sh", "-c", 'ip link set lo up && exec "$0" "$@"', command, ...args], env: guarded, mode: "namespace" };
}

export function runOffline(command: string, args: string[], log: string, options: SpawnSyncOptions = {}) {
  const run = offline(command, args, options.env ?? process.env, log);
  return { ...spawnSync(run.command, run.args, { ...options, env: run.env }), mode: run.mode };
}

if (process.argv[1]?.endsWith("offline.ts")) {
  const [command, ...args] = process.argv.slice(2);
  const log = process.env.NO_NETWORK_LOG ?? "/dev/stderr";
  const result = runOffline(command, args, log, { stdio: "inherit" });
  console.error(`(ran offline: ${result.mode === "namespace" ? "network namespace with only loopback" : "network calls refused in every Node process"})`);
  process.exit(result.status ?? 1);
}
