/**
 * The Atlassian Statuspage API v2 shapes (summary, status, components, incidents,
 * unresolved incidents), so existing status tools and dashboards can read the site.
 *
 * Mapping (documented in README):
 * - service status → component status: operational → operational, degraded →
 *   degraded_performance, partial-outage → partial_outage, major-outage → major_outage,
 *   suspended (taken offline on purpose) → under_maintenance.
 * - phase → incident status: investigating → investigating, identified → identified,
 *   recovering → identified (the fix is still being carried out), monitoring →
 *   monitoring, resolved → resolved.
 * Ids are the slugs (stable across builds); update ids are `<incident>/<update>`.
 */
import type { ServiceState } from "./content/derive";
import { STATUS_SEVERITY } from "./content/derive";
import type { Phase, ServiceStatus } from "./content/schemas";
import { isoInZone } from "./content/times";
import type { Incident, Update } from "./content/types";
import { absoluteUrl, paths } from "./routes";
import type { SiteModel } from "./site";

export type ComponentStatus = "operational" | "degraded_performance" | "partial_outage" | "major_outage" | "under_maintenance";
export type IncidentStatus = "investigating" | "identified" | "monitoring" | "resolved" | "postmortem";
export type Impact = "none" | "minor" | "major" | "critical";
export type Indicator = "none" | "minor" | "major" | "critical" | "maintenance";

export const COMPONENT_STATUS: Record<ServiceStatus, ComponentStatus> = {
  operational: "operational",
  degraded: "degraded_performance",
  "partial-outage": "partial_outage",
  "major-outage": "major_outage",
  suspended: "under_maintenance",
};

export const INCIDENT_STATUS: Record<Phase, IncidentStatus> = {
  investigating: "investigating",
  identified: "identified",
  recovering: "identified",
  monitoring: "monitoring",
  resolved: "resolved",
};

const IMPACT: Record<ServiceStatus, Impact> = {
  operational: "none",
  degraded: "minor",
  "partial-outage": "major",
  suspended: "major",
  "major-outage": "critical",
};

const INDICATOR_DESCRIPTIONS: Record<Indicator, string> = {
  none: "All Systems Operational",
  minor: "Minor Service Outage",
  major: "Partial System Outage",
  critical: "Major System Outage",
  maintenance: "Service Under Maintenance",
};

function iso(site: SiteModel, instant: number): string {
  return isoInZone(instant, site.site.timezone);
}

function page(site: SiteModel) {
  return {
    id: new URL(site.site.url).hostname,
    name: site.site.title,
    url: site.site.url,
    time_zone: site.site.timezone,
    updated_at: iso(site, site.lastUpdated ?? Math.max(0, ...site.incidents.map((i) => i.started))),
  };
}

function firstMention(state: ServiceState): number | undefined {
  return state.history.at(-1)?.update.published;
}

function components(site: SiteModel) {
  const pageId = page(site).id;
  return site.services.map((service, position) => {
    const state = site.serviceStates.get(service.slug)!;
    const created = firstMention(state) ?? site.incidents.reduce((min, i) => Math.min(min, i.started), Infinity);
    return {
      id: service.slug,
      name: service.name,
      status: COMPONENT_STATUS[state.status],
      created_at: Number.isFinite(created) ? iso(site, created) : null,
      updated_at: state.history[0] ? iso(site, state.history[0].update.published) : null,
      position: position + 1,
      description: service.description ?? null,
      showcase: true,
      start_date: null,
      group_id: null,
      page_id: pageId,
      group: false,
      only_show_if_degraded: false,
    };
  });
}

/** Each update's service changes with the status each service had just before. */
function affectedComponents(site: SiteModel, update: Update) {
  return update.services.map((change) => {
    const history = site.serviceStates.get(change.service)?.history ?? [];
    const index = history.findIndex((h) => h.update === update);
    const before = history[index + 1]?.status ?? "operational";
    return {
      code: change.service,
      name: site.services.find((s) => s.slug === change.service)?.name ?? change.service,
      old_status: COMPONENT_STATUS[before],
      new_status: COMPONENT_STATUS[change.status],
    };
  });
}

function incident(site: SiteModel, inc: Incident) {
  const state = site.incidentStates.get(inc.slug)!;
  const pageId = page(site).id;
  const worst = state.updates
    .flatMap((u) => u.services.map((s) => s.status))
    .reduce<ServiceStatus>((w, s) => (STATUS_SEVERITY[s] > STATUS_SEVERITY[w] ? s : w), "operational");
  const monitoring = state.updates.find((u) => u.phase === "monitoring");
  const named = new Set(state.updates.flatMap((u) => u.services.map((s) => s.service)));
  return {
    id: inc.slug,
    name: inc.title,
    status: INCIDENT_STATUS[state.phase],
    created_at: iso(site, inc.started),
    updated_at: iso(site, state.lastUpdated),
    monitoring_at: monitoring ? iso(site, monitoring.published) : null,
    resolved_at: state.resolvedAt !== undefined ? iso(site, state.resolvedAt) : null,
    impact: IMPACT[worst],
    shortlink: absoluteUrl(paths.incident(inc.slug), site.site.url),
    started_at: iso(site, inc.started),
    page_id: pageId,
    incident_updates: [...state.updates].reverse().map((u) => ({
      id: `${inc.slug}/${u.slug}`,
      status: INCIDENT_STATUS[u.phase],
      body: u.summary,
      incident_id: inc.slug,
      created_at: iso(site, u.published),
      updated_at: iso(site, u.revisions.at(-1)?.at ?? u.published),
      display_at: iso(site, u.published),
      affected_components: affectedComponents(site, u),
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
    })),
    components: components(site).filter((c) => named.has(c.id)),
  };
}

function status(site: SiteModel) {
  const statuses = site.services.map((s) => COMPONENT_STATUS[site.serviceStates.get(s.slug)!.status]);
  const indicator: Indicator = statuses.includes("major_outage")
    ? "critical"
    : statuses.includes("partial_outage")
      ? "major"
      : statuses.includes("degraded_performance")
        ? "minor"
        : statuses.includes("under_maintenance")
          ? "maintenance"
          : "none";
  return { indicator, description: INDICATOR_DESCRIPTIONS[indicator] };
}

function allIncidents(site: SiteModel) {
  return site.incidentsByActivity.map((i) => incident(site, i));
}

function unresolved(site: SiteModel) {
  return allIncidents(site).filter((i) => i.status !== "resolved");
}

export const STATUSPAGE_FILES = {
  "summary.json": (site: SiteModel) => ({
    page: page(site),
    components: components(site),
    incidents: unresolved(site),
    scheduled_maintenances: [],
    status: status(site),
  }),
  "status.json": (site: SiteModel) => ({ page: page(site), status: status(site) }),
  "components.json": (site: SiteModel) => ({ page: page(site), components: components(site) }),
  "incidents.json": (site: SiteModel) => ({ page: page(site), incidents: allIncidents(site) }),
  "incidents/unresolved.json": (site: SiteModel) => ({ page: page(site), incidents: unresolved(site) }),
} as const;
