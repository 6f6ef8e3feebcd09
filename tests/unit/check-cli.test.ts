/**
 * `npm run check` as a comms officer runs it: every problem printed, one per line, exit 1
 * on any error and 0 on good content, never a stack trace. Two real processes, started
 * together (each costs about a second), with CONTENT_DIR given relative and absolute.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const ROOT = resolve(__dirname, "../..");
const TSX = resolve(ROOT, "node_modules/.bin/tsx");

function runCheck(contentDir: string, extraEnv: Record<string, string> = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, ["scripts/check.ts"], {
      cwd: ROOT,
      // Outside GitHub Actions unless a test says otherwise (the suite may itself run there).
      env: { ...process.env, GITHUB_ACTIONS: "", GITHUB_STEP_SUMMARY: "", CONTENT_DIR: contentDir, NO_COLOR: "1", ...extraEnv },
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
let onGitHub: Run;
let jobSummary: string;

beforeAll(async () => {
  const scratch = mkdtempSync(join(tmpdir(), "check-summary-"));
  const summaryFile = join(scratch, "summary.md");
  writeFileSync(summaryFile, "");
  [bad, good, onGitHub] = await Promise.all([
    runCheck("tests/fixtures/bad-content"),
    runCheck(resolve(ROOT, "tests/fixtures/valid-forms")),
    runCheck("tests/fixtures/bad-content", { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summaryFile }),
  ]);
  jobSummary = readFileSync(summaryFile, "utf8");
  rmSync(scratch, { recursive: true, force: true });
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

describe("npm run check in GitHub Actions", () => {
  it("puts each problem on its line of its file in the repository, as an annotation", () => {
    const annotations = onGitHub.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(annotations).toHaveLength(9);
    expect(annotations).toContain(
      "::error file=tests/fixtures/bad-content/incidents/outage/updates/third.md,line=5,title=draft::expected true or false, found \"yes\" (did you mean true?)",
    );
    expect(annotations).toContain(
      "::warning file=tests/fixtures/bad-content/incidents/outage/updates/second.md,line=7::raw HTML is never shown on the site and will be left out: <div>Thanks for waiting.</div> (use Markdown instead)",
    );
    // Field paths with dots and brackets survive as the annotation's title.
    expect(annotations).toContain(
      "::error file=tests/fixtures/bad-content/services/phone-lines.md,line=7,title=alternatives[0].phone::expected a phone number in quotes, such as \"020 7946 0000\", found the number 2079460000 (without quotes a leading 0 is lost)",
    );
  });

  it("still prints every problem as path:LINE: field: message and exits 1", () => {
    expect(onGitHub.code).toBe(1);
    expect(onGitHub.stdout.split("\n").filter((l) => !l.startsWith("::")).join("\n").trimEnd()).toBe(bad.stdout.trimEnd());
  });

  it("writes a job summary that says nothing was published and lists each problem with its repository path", () => {
    expect(jobSummary).toMatch(/^## Content check: nothing was published\n/);
    expect(jobSummary).toMatch(/8 errors, 1 warning/);
    expect(jobSummary).toContain("tests/fixtures/bad-content/incidents/outage/updates/third.md:5: draft: expected true or false");
  });

  it("prints no annotation outside GitHub Actions", () => {
    expect(bad.stdout).not.toMatch(/^::/m);
  });
});
