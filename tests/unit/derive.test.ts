/**
 * What the site derives from the updates (never stored twice): timeline order, each
 * incident's phase, last-updated and resolved times, the featured incident, each
 * service's status, "since" and history, the board's groups and the advice order.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareUpdates,
  featuredIncident,
  groupServices,
  incidentsByActivity,
  incidentState,
  publishedOnly,
  serviceStates,
  servicesLeftDisrupted,
  sortAdvice,
  sortServices,
  sortUpdates,
} from "@/lib/content/derive";
import { PHASES, STATUSES, type Phase, type ServiceStatus } from "@/lib/content/schemas";
import type { Advice, Content, Incident, Service, Update } from "@/lib/content/types";
import { sitePages } from "@/lib/routes";

const H = 3_600_000;
const T0 = Date.UTC(2025, 10, 24, 7, 0);
const at = (hours: number) => T0 + hours * H;

function incident(slug: string, extra: Partial<Incident> = {}): Incident {
  return {
    slug,
    title: slug,
    summary: `${slug} summary`,
    started: T0,
    organisations: ["rbkc"],
    featured: false,
    background: { markdown: "", line: 1 },
    file: `incidents/${slug}/index.md`,
    titleLine: 2,
    ...extra,
  };
}

function update(
  incidentSlug: string,
  slug: string,
  hours: number,
  phase: Phase,
  services: Record<string, ServiceStatus | { status: ServiceStatus; note: string }> = {},
  extra: Partial<Update> = {},
): Update {
  return {
    slug,
    incident: incidentSlug,
    title: slug,
    summary: slug,
    published: at(hours),
    phase,
    services: Object.entries(services).map(([service, change]) =>
      typeof change === "string" ? { service, status: change } : { service, ...change },
    ),
    revisions: [],
    draft: false,
    body: { markdown: "", line: 1 },
    file: `incidents/${incidentSlug}/updates/${slug}.md`,
    titleLine: 2,
    ...extra,
  };
}

function service(slug: string, extra: Partial<Service> = {}): Service {
  return {
    slug,
    name: slug,
    organisations: ["rbkc"],
    alternatives: [],
    body: { markdown: "", line: 1 },
    file: `services/${slug}.md`,
    ...extra,
  };
}

const slugs = (items: readonly { slug: string }[]) => items.map((i) => i.slug);

describe("timeline order", () => {
  it("sorts by published time, then by slug when two updates share a time", () => {
    const updates = [
      update("a", "c-late", 3, "identified"),
      update("a", "b-same", 2, "investigating"),
      update("a", "a-same", 2, "investigating"),
      update("a", "z-early", 1, "investigating"),
    ];
    expect(slugs(sortUpdates(updates))).toEqual(["z-early", "a-same", "b-same", "c-late"]);
  });

  it("does not change the list it is given", () => {
    const updates = [update("a", "two", 2, "identified"), update("a", "one", 1, "investigating")];
    sortUpdates(updates);
    expect(slugs(updates)).toEqual(["two", "one"]);
  });
});

describe("an incident's state", () => {
  const inc = incident("attack");

  it("is investigating, last updated when it started, before any update", () => {
    expect(incidentState(inc, [])).toEqual({ phase: "investigating", lastUpdated: T0, updates: [] });
  });

  it("takes its phase and last-updated time from its latest update, ignoring other incidents", () => {
    const updates = [
      update("attack", "two", 5, "identified"),
      update("attack", "one", 1, "investigating"),
      update("other", "later", 9, "resolved"),
    ];
    const state = incidentState(inc, updates);
    expect(state.phase).toBe("identified");
    expect(state.lastUpdated).toBe(at(5));
    expect(state.latest?.slug).toBe("two");
    expect(slugs(state.updates)).toEqual(["one", "two"]);
    expect(state.resolvedAt).toBeUndefined();
  });

  it("uses the slug to pick the latest of two updates published at the same time", () => {
    const state = incidentState(inc, [update("attack", "b", 2, "resolved"), update("attack", "a", 2, "monitoring")]);
    expect(state.phase).toBe("resolved");
    expect(state.resolvedAt).toBe(at(2));
  });

  it("is resolved from when it last entered resolved, not its last resolved update", () => {
    const updates = [
      update("attack", "one", 1, "investigating"),
      update("attack", "two", 2, "resolved"),
      update("attack", "three", 3, "resolved"),
    ];
    expect(incidentState(inc, updates)).toMatchObject({ phase: "resolved", resolvedAt: at(2), lastUpdated: at(3) });
  });

  it("after being re-opened and resolved again, is resolved from the second time", () => {
    const updates = [
      update("attack", "one", 1, "investigating"),
      update("attack", "two", 2, "resolved"),
      update("attack", "three", 3, "monitoring"),
      update("attack", "four", 4, "resolved"),
      update("attack", "five", 5, "resolved"),
    ];
    expect(incidentState(inc, updates)).toMatchObject({ phase: "resolved", resolvedAt: at(4), lastUpdated: at(5) });
  });

  it("has no resolved time once re-opened", () => {
    const updates = [update("attack", "one", 1, "resolved"), update("attack", "two", 2, "monitoring")];
    expect(incidentState(inc, updates)).toMatchObject({ phase: "monitoring", resolvedAt: undefined });
  });

  it("ignores drafts once publishedOnly has removed them", () => {
    const updates = [update("attack", "one", 1, "identified"), update("attack", "two", 2, "resolved", {}, { draft: true })];
    const content = { updates } as unknown as Content;
    expect(incidentState(inc, publishedOnly(content).updates)).toMatchObject({ phase: "identified", lastUpdated: at(1) });
  });
});

describe("the featured incident", () => {
  it("is the one marked featured, even if it is resolved and older", () => {
    const incidents = [incident("old", { featured: true }), incident("new")];
    const updates = [update("old", "x", 1, "resolved"), update("new", "y", 9, "investigating")];
    expect(featuredIncident(incidents, updates)?.slug).toBe("old");
  });

  it("otherwise is the unresolved incident with the latest update, even if a resolved one was updated later", () => {
    const incidents = [incident("a"), incident("b"), incident("c")];
    const updates = [update("a", "x", 3, "identified"), update("b", "y", 5, "monitoring"), update("c", "z", 9, "resolved")];
    expect(featuredIncident(incidents, updates)?.slug).toBe("b");
  });

  it("otherwise, when all are resolved, is the incident with the latest update", () => {
    const incidents = [incident("a"), incident("b")];
    const updates = [update("a", "x", 7, "resolved"), update("b", "y", 5, "resolved")];
    expect(featuredIncident(incidents, updates)?.slug).toBe("a");
  });

  it("counts an incident with no update yet as unresolved, last updated when it started", () => {
    const incidents = [incident("quiet", { started: at(8) }), incident("done")];
    const updates = [update("done", "x", 9, "resolved")];
    expect(featuredIncident(incidents, updates)?.slug).toBe("quiet");
  });

  it("is nothing when there are no incidents", () => {
    expect(featuredIncident([], [])).toBeUndefined();
  });

  it("lists incidents newest activity first", () => {
    const incidents = [incident("a"), incident("b"), incident("c", { started: at(4) })];
    const updates = [update("a", "x", 1, "resolved"), update("b", "y", 6, "identified")];
    expect(slugs(incidentsByActivity(incidents, updates))).toEqual(["b", "c", "a"]);
  });
});

describe("a service's status", () => {
  const services = [service("parking"), service("payments"), service("libraries")];

  it("is operational, with no since and no history, when no update names it", () => {
    const states = serviceStates(services, [update("a", "x", 1, "investigating", { parking: "major-outage" })]);
    expect(states.get("libraries")).toEqual({ status: "operational", history: [] });
  });

  it("is set by the latest update naming it, across incidents", () => {
    const updates = [
      update("a", "one", 1, "investigating", { parking: "major-outage" }),
      update("b", "two", 2, "identified", { parking: "degraded" }),
      update("a", "three", 3, "recovering", { payments: "suspended" }),
    ];
    const states = serviceStates(services, updates);
    expect(states.get("parking")).toMatchObject({ status: "degraded", since: at(2) });
    expect(states.get("payments")).toMatchObject({ status: "suspended", since: at(3) });
  });

  it("is unchanged by an update that resolves an incident without naming the service", () => {
    const updates = [update("a", "one", 1, "investigating", { parking: "major-outage" }), update("a", "two", 2, "resolved")];
    expect(serviceStates(services, updates).get("parking")).toMatchObject({ status: "major-outage", since: at(1) });
  });

  it("has a since that is when the current status began, not its last mention", () => {
    const updates = [
      update("a", "one", 1, "investigating", { parking: "degraded" }),
      update("a", "two", 2, "identified", { parking: "major-outage" }),
      update("a", "three", 3, "recovering", { parking: "major-outage" }),
      update("b", "four", 4, "investigating", { parking: { status: "major-outage", note: "Still down" } }),
    ];
    const state = serviceStates(services, updates).get("parking")!;
    expect(state).toMatchObject({ status: "major-outage", since: at(2), note: "Still down" });
    expect(state.sinceUpdate?.slug).toBe("two");
  });

  it("starts a new since when a status comes back after a different one", () => {
    const updates = [
      update("a", "one", 1, "investigating", { parking: "major-outage" }),
      update("a", "two", 2, "recovering", { parking: "operational" }),
      update("b", "three", 3, "investigating", { parking: "major-outage" }),
    ];
    expect(serviceStates(services, updates).get("parking")).toMatchObject({ status: "major-outage", since: at(3) });
  });

  it("has a history of every update naming it, newest first, each with its status and note", () => {
    const updates = [
      update("a", "one", 1, "investigating", { parking: "major-outage" }),
      update("a", "two", 2, "identified", { payments: "degraded" }),
      update("b", "three", 3, "recovering", { parking: { status: "degraded", note: "Slow" } }),
    ];
    const history = serviceStates(services, updates).get("parking")!.history;
    expect(history.map((h) => [h.update.slug, h.status, h.note])).toEqual([
      ["three", "degraded", "Slow"],
      ["one", "major-outage", undefined],
    ]);
  });

  it("does not show a note from an earlier update once a later one gives none", () => {
    const updates = [
      update("a", "one", 1, "investigating", { parking: { status: "degraded", note: "Slow" } }),
      update("a", "two", 2, "identified", { parking: "degraded" }),
    ];
    expect(serviceStates(services, updates).get("parking")!.note).toBeUndefined();
  });

  it("is not changed by a draft once drafts are removed", () => {
    const updates = [
      update("a", "one", 1, "investigating", { parking: "major-outage" }),
      update("a", "two", 2, "resolved", { parking: "operational" }, { draft: true }),
    ];
    const published = publishedOnly({ updates } as unknown as Content).updates;
    expect(serviceStates(services, published).get("parking")!.status).toBe("major-outage");
  });
});

describe("the resolved-incident check", () => {
  const services = [service("parking"), service("payments")];

  it("finds services a resolved incident left disrupted that nothing later changed", () => {
    const updates = [
      update("a", "one", 1, "investigating", { parking: "major-outage", payments: "suspended" }),
      update("a", "two", 2, "resolved", { payments: "operational" }),
    ];
    const left = servicesLeftDisrupted(incident("a"), updates, serviceStates(services, updates));
    expect(left.map((l) => [l.service, l.entry.status, l.entry.update.slug])).toEqual([["parking", "major-outage", "one"]]);
  });

  it("finds nothing while the incident is open, or when another incident has named the service since", () => {
    const open = [update("a", "one", 1, "investigating", { parking: "major-outage" })];
    expect(servicesLeftDisrupted(incident("a"), open, serviceStates(services, open))).toEqual([]);
    const handedOver = [
      update("a", "one", 1, "investigating", { parking: "major-outage" }),
      update("b", "two", 2, "investigating", { parking: "major-outage" }),
      update("a", "three", 3, "resolved"),
    ];
    expect(servicesLeftDisrupted(incident("a"), handedOver, serviceStates(services, handedOver))).toEqual([]);
  });
});

describe("the board and the advice page", () => {
  it("lists categories alphabetically with services without a category last, under Other services", () => {
    const services = [
      service("bins"),
      service("permits", { name: "Parking permits", category: "Parking" }),
      service("tax", { name: "Council tax", category: "Council tax and benefits" }),
      service("books", { name: "Library loans", category: "libraries" }),
      service("phones", { name: "Phone lines" }),
    ];
    expect(groupServices(services).map((g) => [g.category, slugs(g.services)])).toEqual([
      ["Council tax and benefits", ["tax"]],
      ["libraries", ["books"]],
      ["Parking", ["permits"]],
      ["Other services", ["bins", "phones"]],
    ]);
  });

  it("orders services with an order first, ascending, then the rest by name", () => {
    const services = [
      service("z", { name: "Zebra crossings", category: "Roads" }),
      service("b", { name: "Bus lanes", category: "Roads", order: 2 }),
      service("a", { name: "Active travel", category: "Roads" }),
      service("p", { name: "Potholes", category: "Roads", order: 1 }),
      service("c", { name: "Car clubs", category: "Roads", order: 10 }),
    ];
    expect(slugs(sortServices(services))).toEqual(["p", "b", "c", "a", "z"]);
  });

  it("sorts two services with the same order by name", () => {
    const services = [service("y", { name: "Yellow lines", order: 1 }), service("b", { name: "Bays", order: 1 })];
    expect(slugs(sortServices(services))).toEqual(["b", "y"]);
  });

  it("orders advice with an order first, then by title", () => {
    const advice = (slug: string, title: string, order?: number) => ({ slug, title, order }) as Advice;
    expect(slugs(sortAdvice([advice("s", "Stay secure"), advice("r", "Report fraud", 2), advice("u", "Urgent help", 1), advice("c", "Check a message")]))).toEqual([
      "u",
      "r",
      "c",
      "s",
    ]);
  });
});

describe("pages the site builds", () => {
  it("has no page for a draft update once drafts are removed, and timeline ids only for published updates", () => {
    const content = {
      site: { organisations: [{ id: "rbkc" }] },
      incidents: [incident("attack")],
      updates: [update("attack", "one", 1, "investigating"), update("attack", "two", 2, "identified", {}, { draft: true })],
      services: [service("parking")],
      advice: [{ slug: "report-fraud" }],
    } as unknown as Content;
    const pages = sitePages(publishedOnly(content));
    expect(pages.has("/incidents/attack/updates/one/")).toBe(true);
    expect(pages.has("/incidents/attack/updates/two/")).toBe(false);
    expect([...pages.get("/incidents/attack/")!]).toEqual(["one"]);
    expect([...pages.get("/services/")!]).toEqual(["parking"]);
    expect([...pages.get("/advice/")!]).toEqual(["report-fraud"]);
    expect(pages.has("/organisations/rbkc/")).toBe(true);
    expect(pages.has("/incidents/attack/feed.json")).toBe(true);
  });
});

// ---------------------------------------------------------------------------------
// Properties over random timelines: a few incidents, a few services, shared times.

const SERVICE_SLUGS = ["parking", "payments", "bins"];
const arbUpdates = fc
  .array(
    fc.record({
      incident: fc.constantFrom("a", "b"),
      hours: fc.integer({ min: 0, max: 6 }),
      phase: fc.constantFrom(...PHASES),
      services: fc.dictionary(fc.constantFrom(...SERVICE_SLUGS), fc.constantFrom(...STATUSES), { maxKeys: 3 }),
    }),
    { maxLength: 12 },
  )
  .chain((raw) =>
    // Unique slugs, in a random order unrelated to time, so ties are broken by slug.
    fc.shuffledSubarray(
      raw.map((_, i) => `u${String(i).padStart(2, "0")}`),
      { minLength: raw.length, maxLength: raw.length },
    ).map((names) => raw.map((r, i) => update(r.incident, names[i], r.hours, r.phase, r.services))),
  );
const SERVICES = SERVICE_SLUGS.map((s) => service(s));

describe("properties", () => {
  it("the latest update is the greatest in the (published, slug) order, whatever order they come in", () => {
    fc.assert(
      fc.property(arbUpdates.filter((u) => u.length > 0), fc.func(fc.integer()), (updates, key) => {
        const shuffled = [...updates].sort((x, y) => key(x.slug) - key(y.slug));
        const sorted = sortUpdates(shuffled);
        expect(sorted).toEqual(sortUpdates(updates));
        const latest = sorted.at(-1)!;
        for (const u of updates) {
          expect(u.published < latest.published || (u.published === latest.published && u.slug <= latest.slug)).toBe(true);
        }
        const state = incidentState(incident(latest.incident), updates);
        expect(state.latest).toBe(latest);
        expect(state.lastUpdated).toBe(Math.max(...updates.filter((u) => u.incident === latest.incident).map((u) => u.published)));
      }),
      { numRuns: 200 },
    );
  });

  it("a newest-first timeline is exactly the reverse of the order", () => {
    fc.assert(
      fc.property(arbUpdates, (updates) => {
        const newestFirst = [...updates].sort((x, y) => compareUpdates(y, x));
        expect(newestFirst).toEqual([...sortUpdates(updates)].reverse());
      }),
      { numRuns: 200 },
    );
  });

  it("a service's status is its newest history entry's, its history is newest first, and since is never after its latest mention", () => {
    fc.assert(
      fc.property(arbUpdates, (updates) => {
        const states = serviceStates(SERVICES, updates);
        for (const slug of SERVICE_SLUGS) {
          const state = states.get(slug)!;
          const mentions = sortUpdates(updates).filter((u) => u.services.some((c) => c.service === slug));
          expect(state.history.map((h) => h.update)).toEqual([...mentions].reverse());
          if (mentions.length === 0) {
            expect(state).toEqual({ status: "operational", history: [] });
            continue;
          }
          expect(state.status).toBe(state.history[0].status);
          expect(state.since).toBeLessThanOrEqual(state.history[0].update.published);
          // The run since began: every entry from sinceUpdate on has the status; the one before does not.
          const start = state.history.findIndex((h) => h.update === state.sinceUpdate);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(state.history.slice(0, start + 1).every((h) => h.status === state.status)).toBe(true);
          if (start + 1 < state.history.length) expect(state.history[start + 1].status).not.toBe(state.status);
          expect(state.since).toBe(state.sinceUpdate!.published);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("a resolved incident's resolved time is the start of its final run of resolved updates", () => {
    fc.assert(
      fc.property(arbUpdates, (updates) => {
        const state = incidentState(incident("a"), updates);
        if (state.phase !== "resolved") {
          expect(state.resolvedAt).toBeUndefined();
          return;
        }
        // The first update after the last one that was not resolved.
        const own = state.updates;
        const lastUnresolved = Math.max(-1, ...own.map((u, i) => (u.phase === "resolved" ? -1 : i)));
        expect(state.resolvedAt).toBe(own[lastUnresolved + 1].published);
        expect(state.resolvedAt).toBeLessThanOrEqual(state.lastUpdated);
      }),
      { numRuns: 200 },
    );
  });
});
