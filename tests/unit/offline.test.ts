/**
 * The commands a council runs need no network: the guard (scripts/offline/no-network.cjs)
 * refuses and records every attempt to reach another host, and `npm run check` and
 * `npm start` work under it with nothing recorded. (`npm run build` runs offline in the
 * browser tests, which build every test site that way: tests/e2e/unicode.spec.ts.)
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { offline } from "@/scripts/offline/offline";

const ROOT = resolve(__dirname, "../..");
const scratch = mkdtempSync(join(tmpdir(), "offline-"));
const attempts = (log: string) => (existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean) : []);

describe("the no-network guard", () => {
  it("refuses and records fetch, DNS and sockets to other hosts, and lets loopback through", () => {
    const log = join(scratch, "probe.log");
    const probe = `
      const dns = require("node:dns");
      const net = require("node:net");
      (async () => {
        const out = [];
        await fetch("https://cdn.jsdelivr.net/npm/emoji").then(() => out.push("fetch ok"), (e) => out.push("fetch: " + (e.cause?.code ?? e.message)));
        await new Promise((r) => dns.lookup("fonts.googleapis.com", (e) => { out.push("dns: " + e?.code); r(); }));
        const server = net.createServer((s) => s.end("hi")).listen(0, "127.0.0.1");
        await new Promise((r) => server.on("listening", r));
        const reply = await new Promise((r) => net.connect(server.address().port, "127.0.0.1").on("data", (d) => r(String(d))));
        out.push("loopback: " + reply);
        server.close();
        console.log(out.join("\\n"));
      })();`;
    const run = offline(process.execPath, ["-e", probe], process.env, log);
    const result = spawnSync(run.command, run.args, { env: run.env, encoding: "utf8", cwd: ROOT });
    expect(result.stdout.trim().split("\n")).toEqual(["fetch: ENETUNREACH", "dns: ENETUNREACH", "loopback: hi"]);
    expect(attempts(log).map((l) => l.replace(/^\d+ [^:]*: /, ""))).toEqual(["connect cdn.jsdelivr.net:443", "dns.lookup fonts.googleapis.com"]);
  }, 60_000);
});

describe("offline", () => {
  it("npm run check checks content in every script and emoji without touching the network", () => {
    const log = join(scratch, "check.log");
    const run = offline(process.execPath, ["scripts/run-fast.mjs", "check"], { ...process.env, CONTENT_DIR: "tests/fixtures/unicode", NO_COLOR: "1" }, log);
    const result = spawnSync(run.command, run.args, { env: run.env, encoding: "utf8", cwd: ROOT });
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toMatch(/10 updates in 1 incident, 2 services, 1 advice section; 0 errors, 0 warnings/);
    expect(attempts(log)).toEqual([]);
  }, 60_000);

  it("npm start serves pages without touching the network", async () => {
    const log = join(scratch, "start.log");
    const root = mkdtempSync(join(ROOT, ".build-test-"));
    const { writeFileSync, rmSync } = await import("node:fs");
    writeFileSync(join(root, "index.html"), "<!doctype html><title>Home</title><h1>Diweddariadau ⚠️</h1>");
    const port = 4390 + Math.floor(Math.random() * 9);
    // The guard alone: in a network namespace of its own the server could not be reached from here.
    const run = offline(resolve(ROOT, "node_modules/.bin/tsx"), ["scripts/serve.ts", "--port", String(port), "--host", "127.0.0.1"], { ...process.env, OUT_DIR: root }, log, { namespace: false });
    const child = spawn(run.command, run.args, { env: run.env, cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    try {
      await new Promise<void>((ready) => child.stdout!.on("data", (d) => String(d).includes(String(port)) && ready()));
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(await page.text()).toContain("Diweddariadau ⚠️");
      expect(attempts(log)).toEqual([]);
    } finally {
      child.kill();
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("text as written", () => {
  it("content typed in decomposed form is read as NFC, so pages, feeds and the API carry one form", () => {
    const { content } = loadContent(join(ROOT, "tests/fixtures/unicode"));
    const update = content!.updates.find((u) => u.slug === "i-decomposed")!;
    expect(update.title).toBe("Y T\u0175r: decomposed text");
    expect(update.body.markdown).toContain("T\u0175r y Cyngor");
  });
});
