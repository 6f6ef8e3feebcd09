/**
 * Everything derived from the content, in one pure place: ordering, each incident's
 * phase, last-updated and resolved times, the featured incident, and each service's
 * current status, "since" and history. Nothing here is ever stored in a file, and no
 * page computes any of it again.
 */
import type { Phase, ServiceStatus } from "./schemas";
import type { Advice, Content, Incident, Service, Update } from "./types";

/** Timeline order: (published, slug) ascending. */
export function compareUpdates(a: Pick<Update, "published" | "slug">, b: Pick<Update, "published" | "slug">): number {
  return a.published - b.published || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

export function sortUpdates<T extends Pick<Update, "published" | "slug">>(updates: readonly T[]): T[] {
  return [...updates].sort(compareUpdates);
}

/** Only what may be published: drafts never reach a page, feed, sitemap or API. */
export function publishedOnly(content: Content): Content {
  return { ...content, updates: content.updates.filter((u) => !u.draft) };
}

export interface IncidentState {
  phase: Phase;
  /** The latest update's `published`; the incident's start while it has no update. */
  lastUpdated: number;
  /** When it last entered `resolved`, while its phase is `resolved`. */
  resolvedAt?: number;
  latest?: Update;
  /** Oldest first. */
  updates: Update[];
}

/**
 * An incident's state from its updates (any order; drafts must already be removed).
 * With no update yet it is `investigating`, last updated when it started.
 */
export function incidentState(incident: Incident, updates: readonly Update[]): IncidentState {
  const own = sortUpdates(updates.filter((u) => u.incident === incident.slug));
  const latest = own.at(-1);
  if (!latest) return { phase: "investigating", lastUpdated: incident.started, updates: own };
  let resolvedAt: number | undefined;
  if (latest.phase === "resolved") {
    let i = own.length - 1;
    while (i > 0 && own[i - 1].phase === "resolved") i--;
    resolvedAt = own[i].published;
  }
  return { phase: latest.phase, lastUpdated: latest.published, resolvedAt, latest, updates: own };
}

/**
 * The incident the home page leads with: the one marked `featured`, else the unresolved
 * incident with the latest update, else the incident with the latest update.
 */
export function featuredIncident(incidents: readonly Incident[], updates: readonly Update[]): Incident | undefined {
  const marked = incidents.find((i) => i.featured);
  if (marked) return marked;
  const states = incidents.map((incident) => ({ incident, state: incidentState(incident, updates) }));
  const byLatest = (a: (typeof states)[number], b: (typeof states)[number]) =>
    b.state.lastUpdated - a.state.lastUpdated || a.incident.slug.localeCompare(b.incident.slug);
  const open = states.filter((s) => s.state.phase !== "resolved").sort(byLatest);
  return (open[0] ?? [...states].sort(byLatest)[0])?.incident;
}

/** Incidents by latest activity, newest first. */
export function incidentsByActivity(incidents: readonly Incident[], updates: readonly Update[]): Incident[] {
  const last = new Map(incidents.map((i) => [i.slug, incidentState(i, updates).lastUpdated]));
  return [...incidents].sort((a, b) => last.get(b.slug)! - last.get(a.slug)! || a.slug.localeCompare(b.slug));
}

export interface ServiceHistoryEntry {
  update: Update;
  status: ServiceStatus;
  note?: string;
}

export interface ServiceState {
  status: ServiceStatus;
  /** When the current status began: the first of the latest run of updates giving it. */
  since?: number;
  /** The update that began the current run. */
  sinceUpdate?: Update;
  /** The note of the latest update naming the service, if it gave one. */
  note?: string;
  /** Every update naming the service, newest first. */
  history: ServiceHistoryEntry[];
}

/**
 * Each service's state across all incidents (drafts must already be removed). A service
 * no update names is `operational`, with no "since".
 */
export function serviceStates(services: readonly Service[], updates: readonly Update[]): Map<string, ServiceState> {
  const mentions = new Map<string, ServiceHistoryEntry[]>();
  for (const update of sortUpdates(updates)) {
    for (const change of update.services) {
      const list = mentions.get(change.service) ?? [];
      list.push({ update, status: change.status, note: change.note });
      mentions.set(change.service, list);
    }
  }
  const states = new Map<string, ServiceState>();
  for (const service of services) {
    const oldestFirst = mentions.get(service.slug) ?? [];
    const latest = oldestFirst.at(-1);
    if (!latest) {
      states.set(service.slug, { status: "operational", history: [] });
      continue;
    }
    let start = oldestFirst.length - 1;
    while (start > 0 && oldestFirst[start - 1].status === latest.status) start--;
    states.set(service.slug, {
      status: latest.status,
      since: oldestFirst[start].update.published,
      sinceUpdate: oldestFirst[start].update,
      note: latest.note,
      history: [...oldestFirst].reverse(),
    });
  }
  return states;
}

/** Worst first, for the home page. */
export const STATUS_SEVERITY: Record<ServiceStatus, number> = {
  "major-outage": 4,
  suspended: 3,
  "partial-outage": 2,
  degraded: 1,
  operational: 0,
};

export const OTHER_SERVICES = "Other services";

/**
 * The board's groups: categories alphabetically, "Other services" (no category) last;
 * within each, services with an `order` first (ascending), then by name.
 */
export function groupServices<T extends Pick<Service, "category" | "order" | "name">>(
  services: readonly T[],
  /** The name of the group without a category, in the page's language. */
  otherServices = OTHER_SERVICES,
): { category: string; services: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const s of services) {
    const key = s.category ?? otherServices;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const names = [...groups.keys()].filter((k) => k !== otherServices).sort((a, b) => a.localeCompare(b, "en-GB"));
  if (groups.has(otherServices)) names.push(otherServices);
  return names.map((category) => ({ category, services: sortByOrderThen(groups.get(category)!, (s) => s.name) }));
}

/** Those with an `order` first, ascending, then by the given name. */
export function sortByOrderThen<T extends { order?: number }>(items: readonly T[], name: (t: T) => string): T[] {
  return [...items].sort((a, b) => {
    if (a.order !== undefined && b.order !== undefined && a.order !== b.order) return a.order - b.order;
    if (a.order !== undefined && b.order === undefined) return -1;
    if (a.order === undefined && b.order !== undefined) return 1;
    return name(a).localeCompare(name(b), "en-GB");
  });
}

/** Services in board order (the flattened groups). */
export function sortServices(services: readonly Service[]): Service[] {
  return groupServices(services).flatMap((g) => g.services);
}

export function sortAdvice(advice: readonly Advice[]): Advice[] {
  return sortByOrderThen(advice, (a) => a.title);
}

/**
 * Services a resolved incident leaves in a status other than operational, where its own
 * update was the last to name them: the checker warns about each.
 */
export function servicesLeftDisrupted(
  incident: Incident,
  updates: readonly Update[],
  states: Map<string, ServiceState>,
): { service: string; entry: ServiceHistoryEntry }[] {
  if (incidentState(incident, updates).phase !== "resolved") return [];
  const left: { service: string; entry: ServiceHistoryEntry }[] = [];
  for (const [service, state] of states) {
    const latest = state.history[0];
    if (latest && latest.update.incident === incident.slug && state.status !== "operational") {
      left.push({ service, entry: latest });
    }
  }
  return left;
}
