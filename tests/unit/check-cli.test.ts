/**
 * `npm run check` as a comms officer runs it: every problem printed, one per line, exit 1
 * on any error and 0 on good content, never a stack trace. Two real processes, started
 * together (each costs about a second), with CONTENT_DIR given relative and absolute.
 */
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const ROOT = resolve(__dirname, "../..");
const TSX = resolve(ROOT, "node_modules/.bin/tsx");

function runCheck(contentDir: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, ["scripts/check.ts"], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

let bad: Run;
let good: Run;

beforeAll(async () => {
  [bad, good] = await Promise.all([
    runCheck("tests/fixtures/bad-content"),
    runCheck(resolve(ROOT, "tests/fixtures/valid-forms")),
  ]);
}, 30_000);

describe("npm run check on content with mistakes", () => {
  it("exits 1", () => {
    expect(bad.code).toBe(1);
  });

  it("prints every problem, one per line, in file order, warnings marked", () => {
    expect(bad.stdout.trimEnd().split("\n")).toEqual([
      "advice/empty.md:1: the file is empty: expected frontmatter between two --- lines, then the text",
      'incidents/outage/index.md:6: organisations[0]: no organisation "rbck" in site.md (did you mean "rbkc"?): expected one of rbkc',
      "incidents/outage/updates/first.md:1: published: this field is required: expected a date and time such as 2025-11-24 09:30",
      'incidents/outage/updates/first.md:3: pubished: unknown field "pubished" (did you mean "published"?): expected one of title, published, phase, summary, services, revisions, draft',
      'incidents/outage/updates/first.md:9: link not allowed: "http://example.org/advice" uses http://, which is not allowed: use https://',
      "incidents/outage/updates/second.md:7: warning: raw HTML is never shown on the site and will be left out: <div>Thanks for waiting.</div> (use Markdown instead)",
      'incidents/outage/updates/third.md:5: draft: expected true or false, found "yes" (did you mean true?)',
    'incidents/outage/updates/third.md:8: broken link: "/advice/#scams": the page /advice/ has no section "scams"',
      'services/phone-lines.md:7: alternatives[0].phone: expected a phone number in quotes, such as "020 7946 0000", found the number 2079460000 (without quotes a leading 0 is lost)',
    ]);
  });

  it("ends with a count of errors and warnings and says nothing is published", () => {
    expect(bad.stderr).toMatch(/tests\/fixtures\/bad-content: .*; 8 errors, 1 warning \(\d+ ms\)\. Nothing is published until every error is fixed\./);
  });

  it("never shows a stack trace", () => {
    const output = bad.stdout + bad.stderr;
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain("Error:");
  });
});

describe("npm run check on good content", () => {
  it("exits 0, prints no problems and counts what it checked", () => {
    expect(good.code).toBe(0);
    expect(good.stdout).toBe("");
    expect(good.stderr).toMatch(/^tests\/fixtures\/valid-forms: 6 updates \(1 draft\) in 2 incidents, 5 services, 3 advice sections; 0 errors, 0 warnings \(\d+ ms\)\n$/);
  });
});
