/**
 * tests/fixtures/valid-forms/ shows every valid form the contract allows (offset and
 * naive times in GMT and BST, the service shorthand and long form, revisions, a draft,
 * optional fields left out, a featured incident, a CRLF file, a BOM file, an image and
 * README.md files the loader ignores). It must load with no problems, and what a reader
 * sees derived from it must be right.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  featuredIncident,
  groupServices,
  incidentState,
  publishedOnly,
  serviceStates,
} from "@/lib/content/derive";
import { loadContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";
import type { Content } from "@/lib/content/types";

const DIR = "tests/fixtures/valid-forms";
let content: Content;
let published: Content;

beforeAll(() => {
  const result = loadContent(DIR);
  expect(result.problems.map(formatProblem)).toEqual([]);
  content = result.content!;
  published = publishedOnly(content);
});

const update = (slug: string) => {
  const found = content.updates.find((u) => u.slug === slug);
  if (!found) throw new Error(`no update ${slug}`);
  return found;
};
const incident = (slug: string) => content.incidents.find((i) => i.slug === slug)!;

describe("the valid-forms fixture", () => {
  it("really has a CRLF file and a file starting with a byte-order mark", () => {
    const crlf = readFileSync(`${DIR}/incidents/cyber-attack/updates/2025-11-24-detected.md`, "utf8");
    const bom = readFileSync(`${DIR}/incidents/cyber-attack/updates/2025-11-25-update.md`, "utf8");
    expect(crlf).toContain("\r\n");
    expect(crlf.replace(/\r\n/g, "")).not.toContain("\n");
    expect(bom.charCodeAt(0)).toBe(0xfeff);
  });

  it("loads every Markdown file except the READMEs, ignoring the image", () => {
    expect(content.incidents.map((i) => i.slug)).toEqual(["cyber-attack", "water-leak"]);
    expect(content.updates.map((u) => u.slug)).toEqual([
      "first-report",
      "fixed",
      "2025-11-24-detected",
      "2025-11-25-second",
      "2025-11-25-update",
      "2025-11-26-draft",
    ]);
    expect(content.services).toHaveLength(5);
    expect(content.advice).toHaveLength(3);
  });

  it("defaults the site's time zone and language", () => {
    expect(content.site.timezone).toBe("Europe/London");
    expect(content.site.language).toBe("en-GB");
    expect(content.site.organisations.map((o) => o.id)).toEqual(["rbkc", "westminster"]);
  });

});

describe("times as written", () => {
  it("reads a naive summer time as British Summer Time", () => {
    expect(update("first-report").published).toBe(Date.UTC(2025, 6, 1, 8, 30));
    expect(incident("water-leak").started).toBe(Date.UTC(2025, 6, 1, 7, 0));
  });

  it("reads a +01:00 offset as exactly that instant", () => {
    expect(update("fixed").published).toBe(Date.UTC(2025, 6, 2, 9, 0));
  });

  it("reads Z as UTC and a naive winter time as GMT", () => {
    expect(update("2025-11-24-detected").published).toBe(Date.UTC(2025, 10, 24, 9, 30));
    expect(update("2025-11-25-update").published).toBe(Date.UTC(2025, 10, 25, 9, 30));
  });

  it("reads revision times, with a space or a T, as wall-clock times", () => {
    expect(update("2025-11-24-detected").revisions).toEqual([
      { at: Date.UTC(2025, 10, 24, 11, 0), note: "Corrected the phone number" },
      { at: Date.UTC(2025, 10, 24, 12, 15), note: "Added the opening hours" },
    ]);
  });
});

describe("updates", () => {
  it("accepts the service shorthand and the long form, with and without a note", () => {
    expect(update("2025-11-24-detected").services).toEqual([
      { service: "payments", status: "suspended" },
      { service: "bin-collections", status: "degraded" },
    ]);
    expect(update("fixed").services).toEqual([{ service: "parking-permits", status: "operational", note: "Back to normal" }]);
  });

  it("keeps a written summary, and otherwise uses the first paragraph, skipping a heading", () => {
    expect(update("2025-11-24-detected").summary).toBe("We found unusual activity on our systems and switched off online payments.");
    expect(update("fixed").summary).toBe(
      "The leak is fixed and the Town Hall is open again. Parking permits can be issued as usual, in person or online.",
    );
    expect(update("first-report").summary).toBe(
      "The Town Hall is closed because of a water leak. Call us on 020 7946 0100 or email contact@example.org.uk.",
    );
  });

  it("uses the title as the summary when the body has no paragraph", () => {
    expect(update("2025-11-25-second").summary).toBe("Bins are being collected");
  });

  it("defaults optional fields: no revisions, not a draft", () => {
    expect(update("first-report")).toMatchObject({ revisions: [], draft: false });
    expect(update("2025-11-26-draft").draft).toBe(true);
  });

  it("counts body lines from the file's own lines, after a BOM and with CRLF", () => {
    expect(update("2025-11-24-detected").body.line).toBe(16);
    expect(update("2025-11-25-update").body.line).toBe(8);
  });

  it("orders the timeline by published then slug when two updates share a time", () => {
    const ordered = incidentState(incident("cyber-attack"), published.updates).updates.map((u) => u.slug);
    expect(ordered).toEqual(["2025-11-24-detected", "2025-11-25-second", "2025-11-25-update"]);
  });
});

describe("what readers see", () => {
  it("keeps the draft out of everything published", () => {
    expect(published.updates.map((u) => u.slug)).not.toContain("2025-11-26-draft");
    expect(content.updates.map((u) => u.slug)).toContain("2025-11-26-draft");
  });

  it("derives the open incident's phase and last update from its published updates only", () => {
    const state = incidentState(incident("cyber-attack"), published.updates);
    expect(state.phase).toBe("identified");
    expect(state.lastUpdated).toBe(Date.UTC(2025, 10, 25, 9, 30));
    expect(state.resolvedAt).toBeUndefined();
  });

  it("derives the resolved incident's resolved time", () => {
    const state = incidentState(incident("water-leak"), published.updates);
    expect(state.phase).toBe("resolved");
    expect(state.resolvedAt).toBe(Date.UTC(2025, 6, 2, 9, 0));
  });

  it("leads with the incident marked featured", () => {
    expect(incident("cyber-attack").featured).toBe(true);
    expect(incident("water-leak").featured).toBe(false);
    expect(featuredIncident(published.incidents, published.updates)?.slug).toBe("cyber-attack");
  });

  it("gives each service its status, since and history across both incidents", () => {
    const states = serviceStates(published.services, published.updates);
    expect(states.get("payments")).toMatchObject({ status: "suspended", since: Date.UTC(2025, 10, 24, 9, 30) });
    expect(states.get("payments")!.history.map((h) => h.update.slug)).toEqual(["2025-11-25-update", "2025-11-24-detected"]);
    expect(states.get("bin-collections")).toMatchObject({ status: "degraded", since: Date.UTC(2025, 10, 24, 9, 30) });
    expect(states.get("parking-permits")).toMatchObject({
      status: "operational",
      since: Date.UTC(2025, 6, 2, 9, 0),
      note: "Back to normal",
    });
    expect(states.get("library-loans")).toEqual({ status: "operational", history: [] });
    expect(states.get("visitor-parking")).toEqual({ status: "operational", history: [] });
  });

  it("would show the draft's change only once it is published", () => {
    const withDraft = serviceStates(content.services, content.updates);
    expect(withDraft.get("payments")!.status).toBe("operational");
  });

  it("groups the board: categories alphabetically, Other services last, order then name", () => {
    expect(groupServices(content.services).map((g) => [g.category, g.services.map((s) => s.slug)])).toEqual([
      ["Council tax and benefits", ["payments"]],
      ["Libraries", ["library-loans"]],
      ["Parking", ["parking-permits", "visitor-parking"]],
      ["Other services", ["bin-collections"]],
    ]);
  });

  it("orders advice: those with an order first, then by title", () => {
    expect(content.advice.map((a) => a.slug)).toEqual(["report-fraud", "check-a-message", "stay-secure"]);
  });

  it("keeps each service's alternatives as written, and none when left out", () => {
    const permits = content.services.find((s) => s.slug === "parking-permits")!;
    expect(permits.alternatives.map((a) => a.label)).toEqual([
      "Email the parking team",
      "Parking phone line",
      "Pay another way",
      "Kensington Town Hall",
    ]);
    expect(content.services.find((s) => s.slug === "bin-collections")!.alternatives).toEqual([]);
  });
});
