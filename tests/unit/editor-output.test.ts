/**
 * Files in exactly the shapes the browser editor writes pass the checker with no problem.
 *
 * The first update below is byte for byte what Sveltia CMS saved from the generated form
 * (tests/e2e/editor.spec.ts does the same in Chromium and checks it again); the others
 * fill every field the form has, written as Sveltia writes YAML (the `yaml` package,
 * fields in the form's order, empty optional fields left out, lists indented).
 */
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";
import { editorConfig, type EditorField } from "@/lib/editor/config";
import { writeFixture } from "./support/content-fixture";

/** What the editor saved for a new update: title, now, a phase, one service with a note, text. */
const SAVED_BY_THE_EDITOR = `---
title: Phone lines are working again
published: 2026-12-03 08:13
phase: recovering
services:
  phone-lines:
    status: partial-outage
    note: Some lines work again. If you cannot get through, email us.
draft: false
---

Our main phone lines are working again.
`;

/** Frontmatter as Sveltia writes it: keys in the form's order, then the body after a blank line. */
function asSaved(fields: EditorField[], data: Record<string, unknown>, body: string): string {
  const ordered: Record<string, unknown> = {};
  for (const f of fields) if (f.name !== "body" && data[f.name] !== undefined) ordered[f.name] = data[f.name];
  expect(Object.keys(ordered), "every key is a field of the form").toEqual(Object.keys(data));
  return `---\n${stringify(ordered, { lineWidth: 0, indentSeq: true })}---\n\n${body}\n`;
}

const SITE = {
  title: "Cyber incident: service updates",
  url: "https://status.example.org.uk",
  timezone: "Europe/London",
  language: "en-GB",
  organisations: [
    {
      id: "rbkc",
      name: "Royal Borough of Kensington and Chelsea",
      shortName: "Kensington and Chelsea",
      url: "https://www.rbkc.gov.uk",
      phone: "020 7946 0100",
      email: "contact@example-council.org.uk",
      address: "The Town Hall, Hornton Street, London W8 7NX",
      urgent: [{ label: "Children's services out of hours", phone: "020 7946 0101", hours: "5pm to 9am" }],
    },
    { id: "westminster", name: "Westminster City Council", url: "https://www.westminster.gov.uk" },
  ],
  press: { email: "press@example-council.org.uk", phone: "020 7946 0500", url: "https://www.example-council.org.uk/press" },
  alerts: [{ label: "Get email alerts", url: "https://www.example-council.org.uk/alerts" }],
  editor: { enabled: true, repository: "our-council/incident-status", branch: "main", authenticator: "https://auth.example.workers.dev" },
};

const services = [
  { slug: "phone-lines", name: "Phone lines" },
  { slug: "parking-permits", name: "Parking permits" },
];
const config = editorConfig({
  site: SITE,
  incidents: [{ slug: "cyber-attack-november-2025", title: "Cyber attack" }],
  services,
  contentPath: "content",
});
const form = (name: string) => {
  const c = config.collections.find((x) => x.name === name)!;
  return (c.fields ?? (c.files as { fields: EditorField[] }[])[0].fields) as EditorField[];
};

describe("what the editor writes, the checker accepts", () => {
  it("a whole content folder written by the editor's forms has no errors and no warnings", () => {
    const updates = "incidents/cyber-attack-november-2025/updates";
    const dir = writeFixture({
      "site.md": asSaved(form("site"), SITE, "About this page."),
      "incidents/cyber-attack-november-2025/index.md": asSaved(
        form("incidents"),
        {
          title: "Cyber attack",
          summary: "A cyber attack was found on Monday 24 November 2025.",
          started: "2025-11-24 07:00",
          organisations: ["rbkc", "westminster"],
          featured: false,
        },
        "## What happened\n\nWe found unusual activity.",
      ),
      [`${updates}/2026-12-03-phone-lines-are-working-again.md`]: SAVED_BY_THE_EDITOR,
      [`${updates}/2025-11-24-we-found-a-problem.md`]: asSaved(
        form("updates-cyber-attack-november-2025"),
        {
          title: "We found a problem",
          published: "2025-11-24 09:30",
          phase: "investigating",
          summary: "We found unusual activity on our systems.",
          services: { "phone-lines": { status: "major-outage" }, "parking-permits": { status: "suspended", note: "Switched off to keep data safe." } },
          revisions: [
            { at: "2025-11-24 10:15", note: "Corrected the phone number" },
            { at: "2025-11-25 08:00", note: "Added the weekend hours" },
          ],
          draft: true,
        },
        "We found unusual activity.\n\n- Call us\n- Or email us",
      ),
      // In British Summer Time: the naive time is a BST wall-clock time.
      [`${updates}/2026-07-01-all-services-back.md`]: asSaved(
        form("updates-cyber-attack-november-2025"),
        { title: "All services are back", published: "2026-07-01 09:30", phase: "resolved", services: { "phone-lines": { status: "operational" }, "parking-permits": { status: "operational" } }, draft: false },
        "Everything works again.",
      ),
      "services/phone-lines.md": asSaved(
        form("services"),
        {
          name: "Phone lines",
          category: "Contacting the council",
          organisations: ["rbkc"],
          description: "Calling the council.",
          alternatives: [
            { label: "Email us", email: "contact@example-council.org.uk" },
            { label: "Main line", phone: "+44 (0)20 7946 0100", hours: "9am to 5pm" },
            { label: "Customer Service Centre", address: "Kensington Town Hall", url: "/services/parking-permits/" },
            { label: "Report Fraud", url: "https://www.reportfraud.police.uk" },
          ],
          order: 1.5,
        },
        "More detail.",
      ),
      "services/parking-permits.md": asSaved(form("services"), { name: "Parking permits", organisations: ["westminster"] }, ""),
      "advice/report-fraud.md": asSaved(
        form("advice"),
        {
          title: "Report fraud",
          summary: "Call 159.",
          order: 2,
          links: [{ title: "Report Fraud", url: "https://www.reportfraud.police.uk", publisher: "Report Fraud" }],
        },
        "Call [159](tel:159).",
      ),
    });
    const { content, problems } = loadContent(dir, { publicDir: "public" });
    expect(problems.map(formatProblem)).toEqual([]);
    const saved = content!.updates.find((u) => u.slug === "2026-12-03-phone-lines-are-working-again")!;
    expect(saved.services).toEqual([{ service: "phone-lines", status: "partial-outage", note: "Some lines work again. If you cannot get through, email us." }]);
    // 08:13 on 3 December is GMT; 09:30 on 1 July is BST (08:30 UTC).
    expect(new Date(saved.published).toISOString()).toBe("2026-12-03T08:13:00.000Z");
    const summer = content!.updates.find((u) => u.slug === "2026-07-01-all-services-back")!;
    expect(new Date(summer.published).toISOString()).toBe("2026-07-01T08:30:00.000Z");
  });

  it("a phone number of digits only is quoted, so its leading 0 survives", () => {
    const text = asSaved(form("services"), { name: "Phones", organisations: ["rbkc"], alternatives: [{ label: "Call", phone: "02079460000" }] }, "");
    expect(text).toContain('phone: "02079460000"');
  });
});
