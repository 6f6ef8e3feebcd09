/**
 * The words residents read for statuses and phases, and the board's one-line summary.
 */
import { describe, expect, it } from "vitest";
import { boardSummary, PHASE_LABELS, STATUS_LABELS } from "@/lib/labels";
import { PHASES, STATUSES } from "@/lib/content/schemas";

describe("boardSummary", () => {
  it("says all services are working when none is disrupted", () => {
    expect(boardSummary(["operational", "operational", "operational"])).toBe("All 3 services are working normally");
  });

  it("counts unavailable, problems and working services, worst first", () => {
    expect(boardSummary(["major-outage", "operational", "degraded", "major-outage"])).toBe(
      "2 services unavailable, 1 with problems, 1 working normally",
    );
  });

  it("names services switched off as a precaution separately from unavailable ones", () => {
    expect(boardSummary(["suspended", "suspended"])).toBe("2 services switched off as a precaution");
    expect(boardSummary(["major-outage", "suspended", "operational"])).toBe(
      "1 service unavailable, 1 switched off as a precaution, 1 working normally",
    );
  });

  it("counts partial outages and degraded services together as problems", () => {
    expect(boardSummary(["partial-outage", "degraded"])).toBe("2 services with problems");
    expect(boardSummary(["partial-outage", "operational", "operational"])).toBe("1 service with problems, 2 working normally");
  });

  it("uses the singular for one", () => {
    expect(boardSummary(["major-outage"])).toBe("1 service unavailable");
    expect(boardSummary(["suspended", "degraded"])).toBe("1 service switched off as a precaution, 1 with problems");
  });

  it("mentions every kind of status at once in the same order", () => {
    expect(boardSummary(["operational", "degraded", "suspended", "partial-outage", "major-outage", "operational"])).toBe(
      "1 service unavailable, 1 switched off as a precaution, 2 with problems, 2 working normally",
    );
  });
});

describe("labels", () => {
  it("gives every status and phase a distinct label in words", () => {
    expect(STATUSES.map((s) => STATUS_LABELS[s])).toEqual([
      "Working normally",
      "Some problems",
      "Partly unavailable",
      "Unavailable",
      "Switched off as a precaution",
    ]);
    expect(new Set(PHASES.map((p) => PHASE_LABELS[p])).size).toBe(PHASES.length);
  });
});

describe("boardSummary with few services", () => {
  it("reads naturally for one service and for none", () => {
    expect(boardSummary(["operational"])).toBe("The 1 service is working normally");
    expect(boardSummary([])).toBe("No services are listed");
  });
});
