/**
 * "The checker reports every problem in one run": one mistake never hides another, so a
 * comms officer under pressure fixes everything in one pass.
 */
import { describe, expect, it } from "vitest";
import { adviceWithBody, check, INCIDENT, PATHS, SITE } from "./support/content-fixture";

describe("one mistake never hides another", () => {
  it("a frontmatter YAML error still has the text's links checked", () => {
    const file = "---\ntitle: Update: phones back\npublished: 2025-11-24 09:00\nphase: identified\n---\n\n[x](http://example.org) [y](/advise/)\n";
    const problems = check({ [PATHS.update]: file });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^incidents\/attack\/updates\/first\.md:2: the frontmatter is not valid YAML/);
    expect(problems[1]).toBe('incidents/attack/updates/first.md:7: link not allowed: "http://example.org" uses http://, which is not allowed: use https://');
    expect(problems[2]).toMatch(/^incidents\/attack\/updates\/first\.md:7: broken link: "\/advise\/" is not a page on this site \(did you mean "\/advice\/"\?\)/);
  });

  it("a field error still has the other fields cross-checked against other files", () => {
    const file = [
      "---",
      "title: First",
      "published: 2025-11-23 09:00",
      "phase: resolvd",
      "services:",
      "  parkng-permits: major-outage",
      "revisions:",
      "  - at: 2025-11-22 10:00",
      "    note: Fixed a typo",
      "---",
      "",
      "Text.",
    ].join("\n");
    expect(check({ [PATHS.update]: file })).toEqual([
      "incidents/attack/updates/first.md:3: published: expected a time not before the incident started (2025-11-24 07:00, in incidents/attack/index.md), found 2025-11-23 09:00: an update cannot come before its incident, so check both dates",
      'incidents/attack/updates/first.md:4: phase: expected a phase, one of investigating, identified, recovering, monitoring, resolved, found "resolvd" (did you mean "resolved"?)',
      'incidents/attack/updates/first.md:6: services.parkng-permits: no service "parkng-permits" in services/ (did you mean "parking-permits"?): expected the name of a file in services/ without .md',
      "incidents/attack/updates/first.md:8: revisions[0].at: expected a time not before the update was published (2025-11-23 09:00), found 2025-11-22 10:00: a correction cannot come before the update it corrects, so check the date",
    ]);
  });

  it("an error in site.md still leaves its time zone and organisation ids in force", () => {
    const site = SITE.replace("url: https://status.example.org.uk", "url: https://status.example.org.uk\ntimezone: America/New_York\npress:\n  email: not-an-address");
    const incident = INCIDENT.replace("started: 2025-11-24 07:00", "started: 2025-03-09 02:30").replace("  - rbkc", "  - rbck");
    const problems = check({ [PATHS.site]: site, [PATHS.incident]: incident });
    expect(problems).toContain(
      'incidents/attack/index.md:4: started: "2025-03-09 02:30" does not exist in America/New_York: the clocks went forward past it. Add an offset to say which instant you mean, e.g. "2025-03-09 02:30-05:00"',
    );
    expect(problems).toContain(
      'incidents/attack/index.md:6: organisations[0]: no organisation "rbck" in site.md (did you mean "rbkc"?): expected one of rbkc, westminster',
    );
    expect(problems.some((p) => p.startsWith("site.md:6: press.email: expected an email address"))).toBe(true);
  });

  it("a key given twice is reported with the file's other errors", () => {
    const file = adviceWithBody("[x](http://a.org)").replace("title: Report fraud", "title: Report fraud\ntitle: Again\norder: first");
    expect(check({ [PATHS.advice]: file })).toEqual([
      'advice/report-fraud.md:3: title: this field is given twice: keep one "title" and delete the other',
      'advice/report-fraud.md:4: order: expected a number, found "first"',
      'advice/report-fraud.md:7: link not allowed: "http://a.org" uses http://, which is not allowed: use https://',
    ]);
  });

  it("a link to a page whose file has an error is not also called broken", () => {
    const update = "---\ntitle: First\npublished: 2025-11-24 09:00\nphase: resolvd\n---\n\nText.\n";
    const problems = check({ [PATHS.update]: update, [PATHS.advice]: adviceWithBody("[first](/incidents/attack/updates/first/)") });
    expect(problems.filter((p) => p.includes("broken link"))).toEqual([]);
  });
});
