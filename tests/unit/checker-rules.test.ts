/**
 * Every rule of the content contract (shared/specs/content-format.md), each asserted as
 * the exact line the checker prints for a comms officer:
 * `path/relative/to/content:LINE: field.path: message`.
 * Each test loads the smallest folder that breaks one rule and expects exactly the
 * problems listed: no more, no fewer.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";
import {
  ADVICE,
  adviceWithBody,
  check,
  INCIDENT,
  load,
  PATHS,
  SERVICE,
  SITE,
  UPDATE,
} from "./support/content-fixture";

const update = (text: string) => ({ [PATHS.update]: text });
const incident = (text: string) => ({ [PATHS.incident]: text });
const advice = (text: string) => ({ [PATHS.advice]: text });
const site = (text: string) => ({ [PATHS.site]: text });
const service = (text: string) => ({ [PATHS.service]: text });

/** The base update with its `published` time replaced. */
const publishedAt = (time: string) => update(UPDATE.replace("published: 2025-11-24 09:30", `published: ${time}`));

describe("the base fixture", () => {
  it("is valid, so every other test shows only the problem it adds", () => {
    const { content, problems } = load();
    expect(problems).toEqual([]);
    expect(content?.updates.map((u) => u.slug)).toEqual(["first"]);
  });
});

describe("file shape", () => {
  it("reports an empty file on line 1 with no field", () => {
    expect(check(advice(""))).toEqual([
      "advice/report-fraud.md:1: the file is empty: expected frontmatter between two --- lines, then the text",
    ]);
  });

  it("treats a file of blank lines as empty", () => {
    expect(check(advice(" \n\n"))).toEqual([
      "advice/report-fraud.md:1: the file is empty: expected frontmatter between two --- lines, then the text",
    ]);
  });

  it("reports frontmatter that is opened but never closed", () => {
    expect(check(advice("---\ntitle: Report fraud\n\nHow to report fraud.\n"))).toEqual([
      'advice/report-fraud.md:1: the frontmatter opened on line 1 is never closed: add a line "---" after the last field',
    ]);
  });

  it("reports a file that does not start with ---", () => {
    expect(check(advice("title: Report fraud\n"))).toEqual([
      'advice/report-fraud.md:1: expected the file to start with a line "---" opening the frontmatter, found "title: Report fraud"',
    ]);
  });

  it("reports frontmatter that is a single value rather than fields", () => {
    expect(check(advice("---\nReport fraud\n---\n"))).toEqual([
      'advice/report-fraud.md:2: expected fields written as "name: value" in the frontmatter, found a single value',
    ]);
  });
});

describe("YAML", () => {
  it("reports bad YAML on its line, with a hint to quote a value containing a colon", () => {
    expect(check(advice("---\ntitle: Fraud: what to do\n---\n"))).toEqual([
      'advice/report-fraud.md:2: the frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings (a value that contains ": " must be in quotes)',
    ]);
  });

  it("reports a value starting with [ that is not in quotes, with a hint to quote it", () => {
    expect(check(advice("---\ntitle: [DRAFT] Report fraud\n---\n"))).toEqual([
      "advice/report-fraud.md:2: the frontmatter is not valid YAML: Unexpected scalar at node end (a value that starts with [, {, *, @ or ` must be in quotes)",
    ]);
  });

  it("reports a quote that is never closed", () => {
    expect(check(advice('---\ntitle: "Report fraud\n---\n'))).toEqual([
      'advice/report-fraud.md:2: the frontmatter is not valid YAML: Missing closing "quote (a value that starts with a quote mark must end with the same quote mark)',
    ]);
  });

  it("reports a value starting with * (a YAML reference) instead of crashing the checker", () => {
    expect(check(advice("---\ntitle: Report fraud\nsummary: *Important\n---\n"))).toEqual([
      'advice/report-fraud.md:3: the frontmatter is not valid YAML: a value starting with * is read as a reference to another value ("*Important"): put the value in quotes',
    ]);
  });

  it("reports a value starting with & or ! rather than silently dropping part of it", () => {
    expect(check(advice("---\ntitle: &amp Report fraud\nsummary: !important read this\n---\n"))).toEqual([
      'advice/report-fraud.md:2: the frontmatter is not valid YAML: a value starting with & is read as a YAML anchor, so "&amp" would be left out: put the value in quotes',
      "advice/report-fraud.md:3: the frontmatter is not valid YAML: a value starting with ! is read as a YAML tag: put the value in quotes",
    ]);
  });

  it("reports a line that is not a field, in plain words", () => {
    expect(check(advice("---\ntitle: Report fraud\nThis is not a field\nsummary: x\n---\n"))).toEqual([
      'advice/report-fraud.md:3: the frontmatter is not valid YAML: Implicit keys need to be on a single line (each field is written as "name: value" on its own line; a value with special characters must be in quotes)',
    ]);
  });

  it("reports a tab used for indentation", () => {
    expect(check(advice("---\ntitle: Report fraud\nlinks:\n\t- title: x\n---\n"))).toEqual([
      "advice/report-fraud.md:4: the frontmatter is not valid YAML: Tabs are not allowed as indentation (check the spaces at the start of this line line up with the fields around it)",
    ]);
  });

  it("reports a key given twice on the second one's line", () => {
    expect(check(advice("---\ntitle: Report fraud\nsummary: Short\ntitle: Report a scam\n---\n"))).toEqual([
      'advice/report-fraud.md:4: title: this field is given twice: keep one "title" and delete the other',
    ]);
  });

  it("names the full field path of a key given twice inside a list entry", () => {
    const text = SITE.replace("    name: Westminster\n", "    name: Westminster\n    name: Westminster City Council\n");
    expect(check(site(text))).toEqual([
      'site.md:10: organisations[1].name: this field is given twice: keep one "name" and delete the other',
    ]);
  });

  it("reads YAML 1.2: on, off and yes are text, not booleans", () => {
    const { content, problems } = load(advice("---\ntitle: on\nsummary: off\n---\n\nBody.\n"));
    expect(problems).toEqual([]);
    expect(content?.advice[0]).toMatchObject({ title: "on", summary: "off" });
  });

  it("rejects draft: yes and suggests true", () => {
    const text = UPDATE.replace("phase: investigating", "phase: investigating\ndraft: yes");
    expect(check(update(text))).toEqual([
      'incidents/attack/updates/first.md:5: draft: expected true or false, found "yes" (did you mean true?)',
    ]);
  });

  it("rejects featured: off and suggests false", () => {
    const text = INCIDENT.replace("started:", "featured: off\nstarted:");
    expect(check(incident(text))).toEqual([
      'incidents/attack/index.md:4: featured: expected true or false, found "off" (did you mean false?)',
    ]);
  });
});

describe("unknown keys", () => {
  it("reports a misspelt key with a did-you-mean, and the field it leaves missing", () => {
    expect(check(update(UPDATE.replace("published:", "pubished:")))).toEqual([
      "incidents/attack/updates/first.md:1: published: this field is required: expected a date and time such as 2025-11-24 09:30",
      'incidents/attack/updates/first.md:3: pubished: unknown field "pubished" (did you mean "published"?): expected one of title, published, phase, summary, services, revisions, draft',
    ]);
  });

  it("reports an unknown key inside a list entry with that entry's own fields", () => {
    const text = SITE.replace("    name: Westminster\n", "    name: Westminster\n    adress: Victoria Street\n");
    expect(check(site(text))).toEqual([
      'site.md:10: organisations[1].adress: unknown field "adress" (did you mean "address"?): expected one of id, name, shortName, url, phone, email, address, urgent',
    ]);
  });

  it("reports an unknown key in a service's long form", () => {
    const text = UPDATE.replace("parking-permits: major-outage", "parking-permits:\n    status: degraded\n    notes: Slow");
    expect(check(update(text))).toEqual([
      'incidents/attack/updates/first.md:8: services.parking-permits.notes: unknown field "notes" (did you mean "note"?): expected one of status, note',
    ]);
  });

  it("gives no did-you-mean when nothing is close", () => {
    const text = ADVICE.replace("title: Report fraud", "title: Report fraud\nweather: sunny");
    expect(check(advice(text))).toEqual([
      'advice/report-fraud.md:3: weather: unknown field "weather": expected one of title, summary, order, links',
    ]);
  });
});

describe("required fields", () => {
  it("reports a missing top-level field on line 1", () => {
    expect(check(incident(INCIDENT.replace("summary: Some systems are down.\n", "")))).toEqual([
      "incidents/attack/index.md:1: summary: this field is required: expected text",
    ]);
  });

  it("reports a missing started time on line 1", () => {
    expect(check(incident(INCIDENT.replace("started: 2025-11-24 07:00\n", "")))).toEqual([
      "incidents/attack/index.md:1: started: this field is required: expected a date and time such as 2025-11-24 09:30",
    ]);
  });

  it("reports a field missing from a list entry on the line of that entry", () => {
    expect(check(site(SITE.replace("    name: Westminster\n", "")))).toEqual([
      "site.md:8: organisations[1].name: this field is required: expected text",
    ]);
  });

  it("reports a missing phone in an urgent line on the line of that line's entry", () => {
    const text = SITE.replace("    name: Westminster\n", "    name: Westminster\n    urgent:\n      - label: Out of hours\n");
    expect(check(site(text))).toEqual([
      'site.md:11: organisations[1].urgent[0].phone: this field is required: expected a phone number such as "020 7946 0000"',
    ]);
  });

  it("reports a revision without a time on the line of the revision", () => {
    const text = UPDATE.replace("phase: investigating", "phase: investigating\nrevisions:\n  - note: Corrected the phone number");
    expect(check(update(text))).toEqual([
      "incidents/attack/updates/first.md:6: revisions[0].at: this field is required: expected a date and time such as 2025-11-24 09:30",
    ]);
  });

  it("reports a service change in long form without a status", () => {
    const text = UPDATE.replace("parking-permits: major-outage", "parking-permits:\n    note: Not working");
    expect(check(update(text))).toEqual([
      "incidents/attack/updates/first.md:6: services.parking-permits.status: this field is required: expected a service status, one of operational, degraded, partial-outage, major-outage, suspended",
    ]);
  });

  it("reports an empty list of organisations", () => {
    expect(check(incident(INCIDENT.replace("organisations:\n  - rbkc", "organisations: []")))).toEqual([
      "incidents/attack/index.md:5: organisations: expected a list with at least one entry, found an empty list",
    ]);
  });

  it("reports a value of the wrong kind, saying what was found", () => {
    expect(check(advice("---\ntitle: Report fraud\norder: first\nlinks: none\n---\n"))).toEqual([
      'advice/report-fraud.md:3: order: expected a number, found "first"',
      'advice/report-fraud.md:4: links: expected a list, found "none"',
    ]);
  });

  it("reports site.md missing from the folder", () => {
    expect(check({ [PATHS.site]: null })).toEqual([
      "site.md:1: site.md is missing: every content folder needs one, with the site's title, url and organisations",
    ]);
  });
});

describe("lengths count what a reader sees", () => {
  const withTitle = (title: string) => incident(INCIDENT.replace("title: Cyber attack", `title: "${title}"`));

  it("accepts a title of exactly 120 characters", () => {
    expect(check(withTitle("a".repeat(120)))).toEqual([]);
  });

  it("reports a title of 121 characters", () => {
    expect(check(withTitle("a".repeat(121)))).toEqual([
      "incidents/attack/index.md:2: title: expected at most 120 characters, found 121: shorten it by 1",
    ]);
  });

  it("counts an emoji once: 120 emojis pass", () => {
    expect(check(withTitle("🚨".repeat(120)))).toEqual([]);
  });

  it("counts a family emoji made of several code points once: 121 of them fail as 121", () => {
    expect(check(withTitle("👩‍👩‍👧".repeat(121)))).toEqual([
      "incidents/attack/index.md:2: title: expected at most 120 characters, found 121: shorten it by 1",
    ]);
  });

  it("counts an accented letter written as two code points once", () => {
    expect(check(withTitle("e\u0301".repeat(120)))).toEqual([]);
  });

  it("reports an incident summary over 280 characters", () => {
    const text = INCIDENT.replace("summary: Some systems are down.", `summary: ${"b".repeat(290)}`);
    expect(check(incident(text))).toEqual([
      "incidents/attack/index.md:3: summary: expected at most 280 characters, found 290: shorten it by 10",
    ]);
  });

  it("reports an update summary over 280 characters but not one of 280 emojis", () => {
    const withSummary = (s: string) => update(UPDATE.replace("phase: investigating", `phase: investigating\nsummary: "${s}"`));
    expect(check(withSummary("😀".repeat(280)))).toEqual([]);
    expect(check(withSummary("😀".repeat(281)))).toEqual([
      "incidents/attack/updates/first.md:5: summary: expected at most 280 characters, found 281: shorten it by 1",
    ]);
  });

  it("reports a service note over 200 characters", () => {
    const text = UPDATE.replace("parking-permits: major-outage", `parking-permits:\n    status: degraded\n    note: ${"n".repeat(201)}`);
    expect(check(update(text))).toEqual([
      "incidents/attack/updates/first.md:8: services.parking-permits.note: expected at most 200 characters, found 201: shorten it by 1",
    ]);
  });

  it("reports a title that is only spaces as empty", () => {
    expect(check(withTitle("   "))).toEqual(["incidents/attack/index.md:2: title: expected text, found empty text"]);
  });
});

describe("slugs: file and folder names", () => {
  it("reports a service file name that is not a slug, suggesting one", () => {
    expect(check({ [PATHS.service]: null, "services/Parking_Permits.md": SERVICE })).toEqual([
      'incidents/attack/updates/first.md:6: services.parking-permits: no service "parking-permits" in services/: expected the name of a file in services/ without .md',
      'services/Parking_Permits.md:1: the service file name "Parking_Permits" is not a valid slug: use lower-case letters, digits and single hyphens (rename it "parking-permits")',
    ]);
  });

  it("reports an incident folder name that is not a slug once, not once per file in it", () => {
    const files = {
      "incidents/Big Attack/index.md": INCIDENT,
      "incidents/Big Attack/updates/one.md": UPDATE,
      "incidents/Big Attack/updates/two.md": UPDATE,
    };
    expect(check(files)).toEqual([
      'incidents/Big Attack/index.md:1: the incident folder name "Big Attack" is not a valid slug: use lower-case letters, digits and single hyphens (rename it "big-attack")',
    ]);
  });

  it("reports an update file name with a double hyphen", () => {
    expect(check({ "incidents/attack/updates/second--update.md": UPDATE })).toEqual([
      'incidents/attack/updates/second--update.md:1: the update file name "second--update" is not a valid slug: use lower-case letters, digits and single hyphens (rename it "second-update")',
    ]);
  });

  it("reports an advice file name with capitals", () => {
    expect(check({ "advice/Stay-Safe.md": ADVICE })).toEqual([
      'advice/Stay-Safe.md:1: the advice file name "Stay-Safe" is not a valid slug: use lower-case letters, digits and single hyphens (rename it "stay-safe")',
    ]);
  });

  it("reports an organisation id that is not a slug", () => {
    expect(check(site(SITE.replace("id: westminster", "id: Westminster")))).toEqual([
      'site.md:8: organisations[1].id: expected an organisation id: lower-case letters, digits and single hyphens (like "parking-permits"), found "Westminster"',
    ]);
  });

  it("reports a .MD file in capitals", () => {
    expect(check({ "advice/scams.MD": ADVICE })).toEqual([
      'advice/scams.MD:1: content files must end in lower-case ".md": rename it "scams.md"',
    ]);
  });
});

describe("references to other files, with did-you-mean", () => {
  it("reports an unknown organisation id in an incident", () => {
    expect(check(incident(INCIDENT.replace("  - rbkc", "  - rbck")))).toEqual([
      'incidents/attack/index.md:6: organisations[0]: no organisation "rbck" in site.md (did you mean "rbkc"?): expected one of rbkc, westminster',
    ]);
  });

  it("reports an unknown organisation id in a service", () => {
    expect(check(service(SERVICE.replace("  - rbkc", "  - westminister")))).toEqual([
      'services/parking-permits.md:4: organisations[0]: no organisation "westminister" in site.md (did you mean "westminster"?): expected one of rbkc, westminster',
    ]);
  });

  it("reports an organisation id used twice in site.md", () => {
    expect(check(site(SITE.replace("id: westminster", "id: rbkc")))).toEqual([
      'site.md:8: organisations[1].id: the organisation id "rbkc" is already used by organisations[0]: ids must be unique',
    ]);
  });

  it("reports an unknown service slug", () => {
    expect(check(update(UPDATE.replace("parking-permits:", "parking-permit:")))).toEqual([
      'incidents/attack/updates/first.md:6: services.parking-permit: no service "parking-permit" in services/ (did you mean "parking-permits"?): expected the name of a file in services/ without .md',
    ]);
  });

  it("reports an unknown phase", () => {
    expect(check(update(UPDATE.replace("phase: investigating", "phase: resloved")))).toEqual([
      'incidents/attack/updates/first.md:4: phase: expected a phase, one of investigating, identified, recovering, monitoring, resolved, found "resloved" (did you mean "resolved"?)',
    ]);
  });

  it("reports an unknown status in the shorthand form", () => {
    expect(check(update(UPDATE.replace("major-outage", "major-outgae")))).toEqual([
      'incidents/attack/updates/first.md:6: services.parking-permits.status: expected a service status, one of operational, degraded, partial-outage, major-outage, suspended, found "major-outgae" (did you mean "major-outage"?)',
    ]);
  });

  it("reports an unknown status in the long form on the status line, with no guess when nothing is close", () => {
    const text = UPDATE.replace("parking-permits: major-outage", "parking-permits:\n    status: down\n    note: Not working");
    expect(check(update(text))).toEqual([
      'incidents/attack/updates/first.md:7: services.parking-permits.status: expected a service status, one of operational, degraded, partial-outage, major-outage, suspended, found "down"',
    ]);
  });

  it("reports an unknown time zone", () => {
    expect(check(site(SITE.replace("url: https://status", "timezone: Europe/Londn\nurl: https://status")))).toEqual([
      'site.md:3: timezone: expected an IANA time zone such as Europe/London, found "Europe/Londn" (did you mean "Europe/London"?)',
    ]);
  });

  it("reports a language that is not a BCP 47 tag", () => {
    expect(check(site(SITE.replace("url: https://status", "language: english please\nurl: https://status")))).toEqual([
      'site.md:3: language: expected a language tag such as en-GB or cy-GB, found "english please"',
    ]);
  });

  it("reports updates in a folder that has no index.md", () => {
    expect(check({ "incidents/ghost/updates/a.md": UPDATE })).toEqual([
      "incidents/ghost/index.md:1: the incident folder \"ghost\" has updates but no index.md: add one with the incident's title, summary, started and organisations",
    ]);
  });
});

describe("times", () => {
  it("reports a date without a time", () => {
    expect(check(publishedAt("2025-11-24"))).toEqual([
      'incidents/attack/updates/first.md:3: published: expected a date and a time, found a date alone ("2025-11-24"): add the time, e.g. "2025-11-24 09:30"',
    ]);
  });

  it("reports a time that does not exist because the clocks went forward", () => {
    const text = INCIDENT.replace("started: 2025-11-24 07:00", "started: 2025-03-29 07:00");
    expect(check({ ...incident(text), ...publishedAt("2025-03-30 01:30") })).toEqual([
      'incidents/attack/updates/first.md:3: published: "2025-03-30 01:30" does not exist in Europe/London: the clocks went forward past it. Add an offset to say which instant you mean, e.g. "2025-03-30 01:30+00:00"',
    ]);
  });

  it("reports a time that happens twice because the clocks went back", () => {
    const text = INCIDENT.replace("started: 2025-11-24 07:00", "started: 2025-10-25 07:00");
    expect(check({ ...incident(text), ...publishedAt("2025-10-26 01:30") })).toEqual([
      'incidents/attack/updates/first.md:3: published: "2025-10-26 01:30" happens twice in Europe/London (the clocks went back): add an offset to say which, "2025-10-26 01:30+01:00" (the first) or "2025-10-26 01:30+00:00" (the second)',
    ]);
  });

  it("accepts the ambiguous time once an offset says which", () => {
    const text = INCIDENT.replace("started: 2025-11-24 07:00", "started: 2025-10-25 07:00");
    const { content, problems } = load({ ...incident(text), ...publishedAt("2025-10-26 01:30+00:00") });
    expect(problems).toEqual([]);
    expect(content?.updates[0].published).toBe(Date.UTC(2025, 9, 26, 1, 30));
  });

  it("uses the site's time zone for naive times and names it in the message", () => {
    const files = {
      ...site(SITE.replace("url: https://status", "timezone: America/New_York\nurl: https://status")),
      ...incident(INCIDENT.replace("started: 2025-11-24 07:00", "started: 2025-11-01 07:00")),
      ...publishedAt("2025-11-02 01:30"),
    };
    expect(check(files)).toEqual([
      'incidents/attack/updates/first.md:3: published: "2025-11-02 01:30" happens twice in America/New_York (the clocks went back): add an offset to say which, "2025-11-02 01:30-04:00" (the first) or "2025-11-02 01:30-05:00" (the second)',
    ]);
  });

  it("reports a date that is not in the calendar", () => {
    expect(check(publishedAt("2025-02-29 09:30"))).toEqual([
      'incidents/attack/updates/first.md:3: published: expected a real calendar date, found "2025-02-29 09:30"',
    ]);
  });

  it("reports something that is not a time at all", () => {
    expect(check(publishedAt("Monday morning"))).toEqual([
      'incidents/attack/updates/first.md:3: published: expected a date and time such as 2025-11-24 09:30 (or with an offset: 2025-11-24T09:30:00Z), found "Monday morning"',
    ]);
  });

  it("reports an update published before its incident started, in the site's wall-clock time", () => {
    expect(check(publishedAt("2025-11-24 06:59"))).toEqual([
      "incidents/attack/updates/first.md:3: published: expected a time not before the incident started (2025-11-24 07:00, in incidents/attack/index.md), found 2025-11-24 06:59: an update cannot come before its incident, so check both dates",
    ]);
  });

  it("accepts an update published at the very minute the incident started", () => {
    expect(check(publishedAt("2025-11-24 07:00"))).toEqual([]);
  });

  it("reports a revision before the update was published", () => {
    const text = UPDATE.replace(
      "phase: investigating",
      "phase: investigating\nrevisions:\n  - at: 2025-11-24 10:00\n    note: Added the opening hours\n  - at: 2025-11-24 09:29\n    note: Corrected the phone number",
    );
    expect(check(update(text))).toEqual([
      "incidents/attack/updates/first.md:8: revisions[1].at: expected a time not before the update was published (2025-11-24 09:30), found 2025-11-24 09:29: a correction cannot come before the update it corrects, so check the date",
    ]);
  });
});

describe("featured", () => {
  it("reports every incident that sets featured when more than one does", () => {
    const featured = INCIDENT.replace("started:", "featured: true\nstarted:");
    expect(check({ ...incident(featured), "incidents/outage/index.md": featured, "incidents/flood/index.md": featured })).toEqual([
      "incidents/attack/index.md:4: featured: at most one incident may be featured, but flood, outage are featured too",
      "incidents/flood/index.md:4: featured: at most one incident may be featured, but attack, outage are featured too",
      "incidents/outage/index.md:4: featured: at most one incident may be featured, but attack, flood are featured too",
    ]);
  });

  it("accepts one featured incident and featured: false on another", () => {
    const files = {
      ...incident(INCIDENT.replace("started:", "featured: true\nstarted:")),
      "incidents/outage/index.md": INCIDENT.replace("started:", "featured: false\nstarted:"),
    };
    expect(check(files)).toEqual([]);
  });
});

describe("links in bodies", () => {
  const body = (markdown: string) => check(advice(adviceWithBody(markdown)));

  it.each([
    ["http:", "[the ICO](http://ico.org.uk)", 'link not allowed: "http://ico.org.uk" uses http://, which is not allowed: use https://'],
    [
      "javascript:",
      "[click](javascript:alert(1))",
      'link not allowed: "javascript:alert(1)" uses javascript:, which is not allowed: use https:, mailto:, tel: or a page on this site',
    ],
    [
      "data:",
      "[open](data:text/html,hello)",
      'link not allowed: "data:text/html,hello" uses data:, which is not allowed: use https:, mailto:, tel: or a page on this site',
    ],
    [
      "vbscript:",
      "[open](vbscript:msgbox)",
      'link not allowed: "vbscript:msgbox" uses vbscript:, which is not allowed: use https:, mailto:, tel: or a page on this site',
    ],
    ["protocol-relative", "[NCSC](//www.ncsc.gov.uk)", 'link not allowed: "//www.ncsc.gov.uk" has no scheme: write it in full, starting with https://'],
    [
      "relative without /",
      "[advice](advice/report-fraud)",
      'link not allowed: "advice/report-fraud" is a relative address: start it with / for a page on this site (like /advice/) or https:// for another site',
    ],
    ["www. (no scheme)", "[NCSC](www.ncsc.gov.uk)", 'link not allowed: "www.ncsc.gov.uk" needs https:// at the start'],
  ])("reports a %s link on its line", (_kind, markdown, message) => {
    expect(body(`First paragraph.\n\n${markdown}`)).toEqual([`advice/report-fraud.md:7: ${message}`]);
  });

  it("reports a bad address given in a reference definition", () => {
    expect(body("See [the ICO][ico].\n\n[ico]: http://ico.org.uk")).toEqual([
      'advice/report-fraud.md:5: link not allowed: "http://ico.org.uk" uses http://, which is not allowed: use https://',
    ]);
  });

  it("reports a site-relative link to a page that does not exist", () => {
    expect(body("See [council tax](/services/council-tax/).")).toEqual([
      'advice/report-fraud.md:5: broken link: "/services/council-tax/" is not a page on this site',
    ]);
  });

  it("reports a link to a missing section of a page, suggesting the nearest", () => {
    expect(body("See [fraud](/advice/#report-frud).")).toEqual([
      'advice/report-fraud.md:5: broken link: "/advice/#report-frud": the page /advice/ has no section "report-frud" (did you mean "report-fraud"?)',
    ]);
  });

  it("reports a link to a draft update, which has no page", () => {
    const draft = UPDATE.replace("published: 2025-11-24 09:30", "published: 2025-11-25 09:30").replace(
      "phase: investigating",
      "phase: investigating\ndraft: true",
    );
    expect(check({ "incidents/attack/updates/second.md": draft, ...advice(adviceWithBody("[next](/incidents/attack/updates/second/)")) })).toEqual([
      'advice/report-fraud.md:5: broken link: "/incidents/attack/updates/second/" is not a page on this site (did you mean "/incidents/attack/updates/first/"?)',
    ]);
  });

  it("accepts every allowed kind of link, including site pages without their trailing slash", () => {
    expect(
      body(
        [
          "[fraud](/advice/#report-fraud) [board](/services/#parking-permits) [permits](/services/parking-permits)",
          "[update](/incidents/attack/updates/first/) [timeline](/incidents/attack/#first) [council](/organisations/rbkc/)",
          "[feed](/feed.xml) [incident feed](/incidents/attack/atom.xml) [api](/api/v2/summary.json)",
          "[NCSC](https://www.ncsc.gov.uk) <https://ico.org.uk> <press@example.org.uk> [write](mailto:press@example.org.uk)",
          "[call](tel:+442079460000) [top](#what-to-do) www.actionfraud.police.uk",
          "",
          "## What to do",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("checks the body of a file whose frontmatter also has an error, in the same run", () => {
    expect(check(advice("---\ntitle: Report fraud\nbogus: 1\n---\n\nSee [x](http://a.org).\n"))).toEqual([
      'advice/report-fraud.md:3: bogus: unknown field "bogus": expected one of title, summary, order, links',
      'advice/report-fraud.md:6: link not allowed: "http://a.org" uses http://, which is not allowed: use https://',
    ]);
  });

  it("checks links in every kind of body: site, incident, update and service", () => {
    const files = {
      ...site(SITE.replace("About this page.", "About [us](/about/).")),
      ...incident(INCIDENT.replace("Background.", "[x](http://a.org)")),
      ...update(UPDATE.replace("We found unusual activity on our systems.", "[x](/incidents/atack/)")),
      ...service(SERVICE.replace("More detail.", "[x](//a.org)")),
    };
    expect(check(files)).toEqual([
      'incidents/attack/index.md:9: link not allowed: "http://a.org" uses http://, which is not allowed: use https://',
      'incidents/attack/updates/first.md:9: broken link: "/incidents/atack/" is not a page on this site (did you mean "/incidents/attack/"?)',
      'services/parking-permits.md:7: link not allowed: "//a.org" has no scheme: write it in full, starting with https://',
      'site.md:13: broken link: "/about/" is not a page on this site',
    ]);
  });
});

describe("images in bodies", () => {
  const body = (markdown: string) => check(advice(adviceWithBody(markdown)));

  it("reports an image without alt text", () => {
    expect(body("![](https://www.example.org/map.png)")).toEqual([
      "advice/report-fraud.md:5: an image needs alt text describing it for people who cannot see it: write ![what the picture shows](address)",
    ]);
  });

  it("reports an image served over http", () => {
    expect(body("![Map of the area](http://www.example.org/map.png)")).toEqual([
      'advice/report-fraud.md:5: image not allowed: "http://www.example.org/map.png" uses http://, which is not allowed: use https://',
    ]);
  });

  it("reports an image from a mailto: address", () => {
    expect(body("![Map](mailto:press@example.org.uk)")).toEqual([
      'advice/report-fraud.md:5: an image must come from this site (/...) or https://, found "mailto:press@example.org.uk"',
    ]);
  });

  it("reports a site image that is not in public/, and accepts one that is", () => {
    expect(body("![Map of the area](/images/map.png)")).toEqual([
      'advice/report-fraud.md:5: broken link: "/images/map.png" is not a file in public/',
    ]);
    expect(check({ ...advice(adviceWithBody("![Map of the area](/images/map.png)")), "public/images/map.png": "PNG" })).toEqual([]);
  });
});

describe("raw HTML in bodies", () => {
  const body = (markdown: string) => check(advice(adviceWithBody(markdown)));

  it("warns that a block of HTML will be left out", () => {
    expect(body("Intro.\n\n<div class=\"box\">Call us</div>")).toEqual([
      'advice/report-fraud.md:7: warning: raw HTML is never shown on the site and will be left out: <div class="box">Call us</div> (use Markdown instead)',
    ]);
  });

  it("warns about a script, shortening a long tag in the message", () => {
    expect(body("<script>alert('you have been hacked')</script>")).toEqual([
      "advice/report-fraud.md:5: warning: raw HTML is never shown on the site and will be left out: <script>alert('you have been hacked')... (use Markdown instead)",
    ]);
  });

  it("warns about inline HTML on its line", () => {
    expect(body("Line one\nCall <b>now</b>")).toEqual([
      "advice/report-fraud.md:6: warning: raw HTML is never shown on the site and will be left out: <b> (use Markdown instead)",
      "advice/report-fraud.md:6: warning: raw HTML is never shown on the site and will be left out: </b> (use Markdown instead)",
    ]);
  });

  it("leaves HTML comments out silently", () => {
    expect(body("<!-- check with legal before publishing -->\n\nText <!-- inline note --> here.")).toEqual([]);
  });

  it("warns that a top-level heading is shown one level down", () => {
    expect(body("# What to do")).toEqual([
      'advice/report-fraud.md:5: warning: a "# " heading is shown as "## ": the page title is the only top-level heading, so start headings at ##',
    ]);
  });
});

describe("contact details and frontmatter URLs", () => {
  const westminster = (extra: string) => site(SITE.replace("    name: Westminster\n", `    name: Westminster\n${extra}`));

  it("rejects a phone number written as a YAML number, saying the leading 0 is lost", () => {
    expect(check(westminster("    phone: 02079460000\n"))).toEqual([
      'site.md:10: organisations[1].phone: expected a phone number in quotes, such as "020 7946 0000", found the number 2079460000 (without quotes a leading 0 is lost)',
    ]);
  });

  it("rejects a phone number with letters", () => {
    expect(check(westminster('    phone: "020 7946 0000 ext 12"\n'))).toEqual([
      'site.md:10: organisations[1].phone: expected a phone number of digits, spaces, + and brackets, such as "020 7946 0000", found "020 7946 0000 ext 12"',
    ]);
  });

  it("accepts phone numbers with spaces, + and brackets", () => {
    expect(check(westminster('    phone: "+44 (0)20 7946 0000"\n'))).toEqual([]);
  });

  it("rejects an email address that is not one", () => {
    expect(check(westminster("    email: press at westminster.gov.uk\n"))).toEqual([
      'site.md:10: organisations[1].email: expected an email address such as press@example.org.uk, found "press at westminster.gov.uk"',
    ]);
  });

  it("rejects an http:// organisation URL", () => {
    expect(check(site(SITE.replace("url: https://www.westminster.gov.uk", "url: http://www.westminster.gov.uk")))).toEqual([
      'site.md:10: organisations[1].url: expected a full https:// address, found "http://www.westminster.gov.uk" (http:// is not allowed: use https://)',
    ]);
  });

  it("rejects a site URL without a scheme", () => {
    expect(check(site(SITE.replace("url: https://status.example.org.uk", "url: status.example.org.uk")))).toEqual([
      'site.md:3: url: expected a full https:// address, found "status.example.org.uk"',
    ]);
  });

  it("rejects a press URL starting www.", () => {
    expect(check(site(SITE.replace("---\n\nAbout", "press:\n  url: www.example.org.uk/press\n---\n\nAbout")))).toEqual([
      'site.md:12: press.url: expected a full https:// address, found "www.example.org.uk/press" (add https:// at the start)',
    ]);
  });

  it("rejects an advice link that is not https", () => {
    const text = "---\ntitle: Report fraud\nlinks:\n  - title: Report Fraud\n    url: http://www.actionfraud.police.uk\n    publisher: City of London Police\n---\n";
    expect(check(advice(text))).toEqual([
      'advice/report-fraud.md:5: links[0].url: expected a full https:// address, found "http://www.actionfraud.police.uk" (http:// is not allowed: use https://)',
    ]);
  });

  it("rejects a javascript: advice link", () => {
    const text = "---\ntitle: Report fraud\nlinks:\n  - title: Report Fraud\n    url: javascript:alert(1)\n    publisher: Police\n---\n";
    expect(check(advice(text))).toEqual([
      'advice/report-fraud.md:5: links[0].url: expected a full https:// address, found "javascript:alert(1)"',
    ]);
  });

  it("accepts a site-relative alternative URL but reports a relative, a scriptable or a missing one", () => {
    const text = SERVICE.replace(
      "---\n\nMore detail.",
      [
        "alternatives:",
        "  - label: Customer service centre",
        "    url: /services/parking-permits/",
        "  - label: Contact us",
        "    url: contact-us",
        "  - label: Script",
        "    url: javascript:alert(1)",
        "  - label: Old page",
        "    url: /contact/",
        "---",
        "",
        "More detail.",
      ].join("\n"),
    );
    expect(check(service(text))).toEqual([
      'services/parking-permits.md:9: alternatives[1].url: expected a full https:// address or a page on this site starting with /, found "contact-us"',
      'services/parking-permits.md:11: alternatives[2].url: expected a full https:// address or a page on this site starting with /, found "javascript:alert(1)"',
    ]);
    const onlyMissing = SERVICE.replace("---\n\nMore detail.", "alternatives:\n  - label: Old page\n    url: /contact/\n---\n\nMore detail.");
    expect(check(service(onlyMissing))).toEqual([
      'services/parking-permits.md:7: alternatives[0].url: broken link: "/contact/" is not a page on this site',
    ]);
  });
});

describe("the folder", () => {
  it("ignores README.md anywhere and files that are not .md", () => {
    const files = {
      "README.md": "# How to write updates\n\nNo frontmatter here.",
      "incidents/README.md": "notes",
      "incidents/attack/photo.png": Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      "incidents/attack/updates/notes.txt": "draft notes: not content",
      "services/.DS_Store": "junk",
    };
    const { content, problems } = load(files);
    expect(problems).toEqual([]);
    expect(content?.updates.map((u) => u.slug)).toEqual(["first"]);
  });

  it("reports a .md file in a place the site does not read", () => {
    const message =
      "this file is not in a place the site reads, so it would never be published: expected site.md, incidents/<incident>/index.md, incidents/<incident>/updates/<update>.md, services/<service>.md or advice/<advice>.md";
    expect(check({ "incidents/attack/second-update.md": UPDATE, "services/parking/permits.md": SERVICE, "about.md": ADVICE })).toEqual([
      `about.md:1: ${message}`,
      `incidents/attack/second-update.md:1: ${message}`,
      `services/parking/permits.md:1: ${message}`,
    ]);
  });

  it("reports a content folder that does not exist", () => {
    const missing = join(tmpdir(), "no-such-content-folder-for-tests");
    expect(loadContent(missing).problems.map(formatProblem)).toEqual([
      `${missing}:1: the content folder does not exist: create it or set CONTENT_DIR`,
    ]);
  });
});

describe("BOM and CRLF", () => {
  it("accepts a file with a byte-order mark and CRLF line endings, keeping line numbers right", () => {
    const text = "\uFEFF---\r\ntitle: Report fraud\r\norder: first\r\n---\r\n\r\nIntro.\r\n\r\nSee [x](http://a.org).\r\n";
    expect(check(advice(text))).toEqual([
      'advice/report-fraud.md:3: order: expected a number, found "first"',
      'advice/report-fraud.md:8: link not allowed: "http://a.org" uses http://, which is not allowed: use https://',
    ]);
  });

  it("loads a valid BOM + CRLF file with the same values as the plain one", () => {
    const plain = load();
    const crlf = load(update(`\uFEFF${UPDATE.replace(/\n/g, "\r\n")}`));
    expect(crlf.problems).toEqual([]);
    const strip = (u: NonNullable<typeof plain.content>["updates"][number]) => ({ ...u, body: { ...u.body, markdown: u.body.markdown.trim() } });
    expect(strip(crlf.content!.updates[0])).toEqual(strip(plain.content!.updates[0]));
  });
});

describe("the resolved-incident warning", () => {
  const resolving = (services: string) =>
    UPDATE.replace("published: 2025-11-24 09:30", "published: 2025-11-25 10:00")
      .replace("phase: investigating", "phase: resolved")
      .replace("services:\n  parking-permits: major-outage\n", services);

  it("warns when a resolved incident leaves a service it named disrupted", () => {
    expect(check({ "incidents/attack/updates/second.md": resolving("") })).toEqual([
      'incidents/attack/updates/second.md:4: phase: warning: this resolves the incident but leaves Parking permits as major-outage (set by first); if it works again, add "parking-permits: operational" under services',
    ]);
  });

  it("does not warn when the resolving update sets the service operational", () => {
    expect(check({ "incidents/attack/updates/second.md": resolving("services:\n  parking-permits: operational\n") })).toEqual([]);
  });

  it("does not warn when a later update of another incident changes the service", () => {
    const other = UPDATE.replace("published: 2025-11-24 09:30", "published: 2025-11-26 10:00").replace("major-outage", "degraded");
    expect(
      check({
        "incidents/attack/updates/second.md": resolving(""),
        "incidents/outage/index.md": INCIDENT,
        "incidents/outage/updates/one.md": other,
      }),
    ).toEqual([]);
  });

  it("does not warn while the incident is unresolved, nor when only a draft resolves it", () => {
    const draft = resolving("").replace("phase: resolved", "phase: resolved\ndraft: true");
    expect(check({ "incidents/attack/updates/second.md": draft })).toEqual([]);
  });

  it("is a warning: the content still loads", () => {
    const { content, problems } = load({ "incidents/attack/updates/second.md": resolving("") });
    expect(problems.map((p) => p.severity)).toEqual(["warning"]);
    expect(content?.updates).toHaveLength(2);
  });
});

describe("drafts", () => {
  it("checks a draft update like any other", () => {
    const draft = UPDATE.replace("phase: investigating", "phase: investigating\ndraft: true").replace("major-outage", "broken");
    expect(check({ "incidents/attack/updates/second.md": draft })).toEqual([
      'incidents/attack/updates/second.md:7: services.parking-permits.status: expected a service status, one of operational, degraded, partial-outage, major-outage, suspended, found "broken"',
    ]);
  });
});

describe("every problem in one run", () => {
  it("reports problems from every file, sorted by file then line", () => {
    const problems = check({
      ...site(SITE.replace("url: https://www.rbkc.gov.uk", "url: http://www.rbkc.gov.uk")),
      ...incident(INCIDENT.replace("summary: Some systems are down.\n", "")),
      ...update(UPDATE.replace("phase: investigating", "phase: fixed").replace("published:", "pubished:")),
      ...advice(""),
    });
    expect(problems).toEqual([
      "advice/report-fraud.md:1: the file is empty: expected frontmatter between two --- lines, then the text",
      "incidents/attack/index.md:1: summary: this field is required: expected text",
      "incidents/attack/updates/first.md:1: published: this field is required: expected a date and time such as 2025-11-24 09:30",
      'incidents/attack/updates/first.md:3: pubished: unknown field "pubished" (did you mean "published"?): expected one of title, published, phase, summary, services, revisions, draft',
      'incidents/attack/updates/first.md:4: phase: expected a phase, one of investigating, identified, recovering, monitoring, resolved, found "fixed"',
      'site.md:7: organisations[0].url: expected a full https:// address, found "http://www.rbkc.gov.uk" (http:// is not allowed: use https://)',
    ]);
  });
});
