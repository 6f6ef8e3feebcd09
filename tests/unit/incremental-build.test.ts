/**
 * A publish that copies unchanged pages from the previous export (lib/render-plan.ts)
 * must publish exactly what a publish that renders every page does. Each step edits the
 * content the way a comms officer does, publishes it twice (into one export, reusing its
 * pages, and with RENDER_ALL=1 into another) and compares every file of the two exports.
 * A page whose fingerprint misses something it shows would keep its old words here.
 *
 * Runs real builds (about 10 s each on 2 cores, plus a compile the first time the code
 * has changed): the slowest unit test.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const WORK = join(ROOT, "out-test", "incremental");
const CONTENT = join(WORK, "content");
const REUSING = join(WORK, "reusing");
const RENDERED = join(WORK, "rendered");
const LONG = "long-outage";

function build(out: string, renderAll: boolean): string {
  const result = spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/build.ts"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: relative(ROOT, CONTENT), OUT_DIR: relative(ROOT, out), NEXT_TELEMETRY_DISABLED: "1", NO_COLOR: "1", ...(renderAll ? { RENDER_ALL: "1" } : {}) },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`npm run build failed:\n${output}`);
  return output;
}

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (abs: string) => {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      const full = join(abs, e.name);
      if (e.isDirectory()) visit(full);
      else out.set(relative(dir, full), createHash("sha256").update(readFileSync(full)).digest("hex"));
    }
  };
  visit(dir);
  return out;
}

/** Files missing from one export or different in it. */
function differences(a: string, b: string): string[] {
  const [fa, fb] = [files(a), files(b)];
  const names = new Set([...fa.keys(), ...fb.keys()]);
  return [...names].filter((n) => fa.get(n) !== fb.get(n)).sort();
}

/**
 * Publishes the content both ways and checks that the two exports are the same; returns
 * how many update and timeline pages the reusing publish took from the previous export.
 */
function publishBothWays(): number {
  const log = build(REUSING, false);
  build(RENDERED, true);
  expect(differences(REUSING, RENDERED)).toEqual([]);
  const reused = /pages: (\d+) of \d+ update and timeline pages are unchanged/.exec(log);
  return reused ? Number(reused[1]) : 0;
}

const updatePath = (slug: string) => join(CONTENT, "incidents", LONG, "updates", `${slug}.md`);
const slugOf = (i: number) => `u${String(i).padStart(2, "0")}`;

function writeUpdate(i: number, extra: { phase?: string; title?: string; body?: string } = {}) {
  const hour = String(i % 24).padStart(2, "0");
  const day = String(26 + Math.floor(i / 24)).padStart(2, "0");
  const services = i % 3 === 0 ? `services:\n  phone-lines: ${i % 2 === 0 ? "major-outage" : "degraded"}\n` : "";
  writeFileSync(
    updatePath(slugOf(i)),
    `---\ntitle: ${extra.title ?? `Update number ${i} on the outage`}\npublished: 2025-11-${day} ${hour}:15\nphase: ${extra.phase ?? (i < 8 ? "investigating" : "identified")}\n${services}---\n\n${extra.body ?? `What we know at update ${i}.\n\n## What to do\n\nCall 01234 567000 if you need help.`}\n`,
  );
}

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  // The Welsh test site (three languages, translations) and a long incident beside it:
  // 22 updates, so three oldest-first pages and updates that have left the incident's page.
  cpSync(join(ROOT, "tests", "fixtures", "welsh-site"), CONTENT, { recursive: true });
  rmSync(join(CONTENT, "README.md"), { force: true });
  // Its Welsh pages show the long incident's English words until they are translated.
  const site = join(CONTENT, "site.md");
  writeFileSync(site, readFileSync(site, "utf8").replace("  partial: [ar]\n", "  partial: [ar]\n  untranslated: show-original\n"));
  mkdirSync(join(CONTENT, "incidents", LONG, "updates"), { recursive: true });
  writeFileSync(
    join(CONTENT, "incidents", LONG, "index.md"),
    "---\ntitle: Long outage of the council's systems\nsummary: A long outage, for the incremental build test.\nstarted: 2025-11-26 00:00\norganisations: [example-vale]\n---\n\nThe systems are down.\n",
  );
  for (let i = 1; i <= 22; i++) writeUpdate(i);
  writeFileSync(updatePath(slugOf(10)).replace(/\.md$/, ".cy.md"), "---\ntitle: Diweddariad rhif 10\n---\n\nBeth rydym yn ei wybod.\n");
}, 60_000);

describe("a publish that copies unchanged pages", () => {
  it("publishes the same files as one that renders every page, after every kind of edit", () => {
    build(REUSING, false);

    // A correction to the latest update of the Welsh site's incident: the benchmark's edit.
    const phonesBack = join(CONTENT, "incidents", "ymosodiad-seiber", "updates", "b-phones-back.md");
    appendFileSync(phonesBack, "\nCorrection: the library is open too.\n");
    // 84 pages: 24 updates and 4 timeline pages, in 3 languages; the update's English and
    // Arabic (untranslated) pages and timeline pages change.
    expect(publishBothWays()).toBe(80);

    // A new update in the long incident, in the same phase: every one of its pages names
    // the latest, so only the other incident's 9 (2 updates and 1 timeline page, in 3
    // languages) are copied.
    writeUpdate(23);
    expect(publishBothWays()).toBe(9);

    // A link from the other incident to the long one's 4th update, the 20th newest: the
    // last on the long incident's page; and a middle update retitled (its neighbours name it).
    appendFileSync(phonesBack, `\nSee [the fourth update](/incidents/${LONG}/#${slugOf(4)}).\n`);
    writeUpdate(12, { title: "Update twelve, retitled" });
    expect(publishBothWays()).toBe(71);

    // Another new update pushes the 4th off the incident's page: the link now points to
    // the oldest-first page that holds it. And a Welsh title changes (Welsh pages only).
    writeUpdate(24, { phase: "recovering" });
    writeFileSync(updatePath(slugOf(10)).replace(/\.md$/, ".cy.md"), "---\ntitle: Diweddariad deg, newydd\n---\n\nBeth rydym yn ei wybod.\n");
    expect(publishBothWays()).toBe(5);
    expect(readFileSync(join(REUSING, "incidents", "ymosodiad-seiber", "updates", "b-phones-back", "index.html"), "utf8")).toContain(
      `/incidents/${LONG}/oldest-first/#${slugOf(4)}`,
    );

    // An update withdrawn (back to draft): later updates move up a page, its page goes.
    writeFileSync(updatePath(slugOf(2)), readFileSync(updatePath(slugOf(2)), "utf8").replace("phase:", "draft: true\nphase:"));
    expect(publishBothWays()).toBe(65);
    expect(existsSync(join(REUSING, "incidents", LONG, "updates", slugOf(2)))).toBe(false);

    // A service renamed: every page that lists it.
    const phoneLines = join(CONTENT, "services", "phone-lines.md");
    writeFileSync(phoneLines, readFileSync(phoneLines, "utf8").replace(/^name: .*$/m, "name: Telephone lines"));
    expect(publishBothWays()).toBe(29);
    expect(readFileSync(join(REUSING, "incidents", LONG, "updates", slugOf(3), "index.html"), "utf8")).toContain("Telephone lines");

    // The code compiled again, as when .next/ is lost (an expired CI cache): a compile
    // can name the stylesheet differently, so no page rendered before is copied.
    rmSync(join(ROOT, ".next", "council-status-code-hash"), { force: true });
    expect(publishBothWays()).toBe(0);
  }, 20 * 60_000);
});
