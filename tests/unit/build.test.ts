import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { swapIn } from "@/scripts/build";

// Build folders must sit inside the project (next.config's distDir rule).
const scratch = mkdtempSync(join(process.cwd(), ".build-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("publishing is atomic", () => {
  it("a build of content with errors exits 1, prints them, and leaves the published site untouched", () => {
    const target = join(scratch, "site");
    mkdirSync(target);
    writeFileSync(join(target, "index.html"), "the previous site");
    const content = join(scratch, "bad-content");
    mkdirSync(join(content, "advice"), { recursive: true });
    writeFileSync(
      join(content, "site.md"),
      "---\ntitle: T\nurl: https://example.org\norganisations:\n  - id: c\n    name: C\n    url: https://c.example.org\n---\n",
    );
    writeFileSync(join(content, "advice", "a.md"), "---\ntitle: A\n---\n[click](javascript:alert(1))\n");
    const run = spawnSync("node_modules/.bin/tsx", ["scripts/build.ts"], {
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: target },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('advice/a.md:4: link not allowed: "javascript:alert(1)" uses javascript:');
    expect(run.stderr).toContain("The published site was not changed.");
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(join(target, "index.html"), "utf8")).toBe("the previous site");
    expect(readdirSync(scratch).filter((f) => f.includes("staging"))).toEqual([]);
  }, 30_000); // a real process: room for a busy machine

  it("swapIn replaces the published folder with the new one and removes the old", () => {
    const target = join(scratch, "swap-target");
    const staging = join(scratch, "swap-staging");
    mkdirSync(target);
    mkdirSync(staging);
    writeFileSync(join(target, "index.html"), "old");
    writeFileSync(join(staging, "index.html"), "new");
    swapIn(staging, target);
    expect(readFileSync(join(target, "index.html"), "utf8")).toBe("new");
    expect(existsSync(staging)).toBe(false);
    expect(readdirSync(scratch).filter((f) => f.startsWith("swap-target.previous"))).toEqual([]);
  });

  it("swapIn publishes a first site where there was none", () => {
    const target = join(scratch, "first-target");
    const staging = join(scratch, "first-staging");
    mkdirSync(staging);
    writeFileSync(join(staging, "index.html"), "first");
    swapIn(staging, target);
    expect(readFileSync(join(target, "index.html"), "utf8")).toBe("first");
  });
});
