/**
 * The checker never crashes on content, however it is mistyped: every mistake comes
 * back as a problem with a file, a line and a message (a crash would show a comms
 * officer a stack trace in the middle of an incident).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";
import { baseFiles, PATHS, writeFixture } from "./support/content-fixture";

const KEYS = ["title", "published", "phase", "summary", "services", "revisions", "draft", "pubished", "note", "status", "at"];
const SCALARS = [
  "yes", "no", "on", "~", "null", "''", '""', "0", "-1", "1e400", "0x1F", ".inf", ".nan", "2025-11-24", "2025-11-24 09:30",
  "2025-03-30 01:30", "2025-10-26 01:30", "2025-13-45 25:61", "2025-11-24T09:30:00+14:00", "resolved", "major-outage",
  "parking-permits", "🚨🚨", "'[x]'", "\"*x\"", "&anchor value", "!tag value", "!!str 12", "!!binary aGk=", "[a, b]", "{a: b}",
  "[]", "{}", "*alias", "|\n  block text", ">-\n  folded", "x: y", "'unclosed", "[unclosed", "@at", "`tick`", "%percent",
];

const scalar = fc.constantFrom(...SCALARS);
const line: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...KEYS), scalar).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(fc.constantFrom(...KEYS), fc.array(scalar, { maxLength: 3 })).map(([k, vs]) => `${k}:\n${vs.map((v) => `  - ${v}`).join("\n")}`),
  fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom("parking-permits", "nope", "status", "0"), scalar).map(([k, sub, v]) => `${k}:\n  ${sub}: ${v}`),
  fc.constantFrom("", "\t- tab", "  indented: x", "- list item", "---", "...", "#comment", "? complex key"),
);
const BODY_BITS = [
  "Text.", "[a](http://x)", "[a](javascript:alert(1))", "[a](/nowhere/)", "[a](/advice/#)", "[a](/advice/#%E0%A4%A)", "[a](/%zz/)",
  "![](x)", "![a](/a b.png)", "<div>", "<!-- c -->", "[a][ref]", "[ref]: <>", "[^1]", "[^1]: note", "# H", "<https://>",
  "[a](<>)", "[a](tel:)", "[a](mailto:)", "[a](#)", "| a |\n|---|\n| b |", "- [ ] task", "www.", "\\", "`code`",
];
const body = fc.array(fc.constantFrom(...BODY_BITS), { maxLength: 6 }).map((bits) => bits.join("\n\n"));

describe("the checker on mistyped content", () => {
  it("never throws, and reports every problem with a file, a line and a message", () => {
    const dir = writeFixture(baseFiles());
    const target = join(dir, PATHS.update);
    const publicDir = join(dir, "public");
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), body, fc.boolean(), (lines, markdown, crlf) => {
        let text = `---\n${lines.join("\n")}\n---\n\n${markdown}\n`;
        if (crlf) text = text.replace(/\n/g, "\r\n");
        writeFileSync(target, text);
        const { problems } = loadContent(dir, { publicDir });
        for (const p of problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.message.length).toBeGreaterThan(0);
          expect(formatProblem(p)).toMatch(/^[^:]+:\d+: /);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("reports wrong shapes in words: a list for a map, text for a list, a group for a status", () => {
    const dir = writeFixture(baseFiles());
    writeFileSync(
      join(dir, PATHS.update),
      "---\ntitle: x\npublished: 2025-11-24 09:30\nphase: investigating\nservices:\n  - parking-permits\nrevisions: none\n---\n",
    );
    expect(loadContent(dir).problems.map(formatProblem)).toEqual([
      'incidents/attack/updates/first.md:5: services: expected a group of fields, found a list',
      'incidents/attack/updates/first.md:7: revisions: expected a list, found "none"',
    ]);
  });
});
