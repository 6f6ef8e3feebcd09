import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("npm run check (the pre-bundled checker)", () => {
  it("prints exactly what the checker prints, and exits 1 on errors", () => {
    const env = { ...process.env, CONTENT_DIR: "tests/fixtures/bad-content" };
    const fast = spawnSync("node", ["scripts/run-fast.mjs", "check"], { env, encoding: "utf8" });
    const direct = spawnSync("node_modules/.bin/tsx", ["scripts/check.ts"], { env, encoding: "utf8" });
    expect(fast.status).toBe(1);
    expect(direct.status).toBe(1);
    expect(fast.stdout).toBe(direct.stdout);
    expect(fast.stdout.split("\n").length).toBeGreaterThan(5);
  }, 60_000);
});
