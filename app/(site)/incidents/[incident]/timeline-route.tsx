/**
 * What the timeline routes share: the incident's page (/incidents/<i>/, latest first) and
 * the pages of its timeline oldest first (/incidents/<i>/oldest-first/ and
 * /oldest-first/<n>/ from page 2): parameters, metadata and page (lib/timeline.ts), in
 * any language.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IncidentTimeline, OldestFirstTimeline } from "@/components/timeline";
import { pageMetadata } from "@/lib/metadata";
import { incidentParams, timelinePageParams } from "@/lib/routes";
import { findIncident, getSite, pagesToRender, siteForPage, type ParentParams, type SiteModel } from "@/lib/site";
import { pageRange } from "@/lib/timeline";

export type TimelineProps = { params: Promise<{ incident: string; lang?: string }> };
export type OldestFirstProps = { params: Promise<{ incident: string; page?: string[]; lang?: string }> };

export function timelineParams({ params }: ParentParams) {
  return pagesToRender(params?.lang, incidentParams(getSite()), (p, { incident }) => p.incident(incident));
}

// What an oldest-first page shows must be in its fingerprint (lib/render-plan.ts): a
// build copies the page from the previous export when its fingerprint has not changed.
export function oldestFirstParams({ params }: ParentParams) {
  return pagesToRender(params?.lang, timelinePageParams(getSite()), (p, { incident, page }) => p.incidentOldestFirst(incident, page.length === 0 ? 1 : Number(page[0])));
}

export async function timelineMetadata({ params }: TimelineProps): Promise<Metadata> {
  const { site, ui } = await siteForPage(params);
  const incident = findIncident(site, (await params).incident);
  if (!incident) return {};
  return pageMetadata(site, ui, {
    title: incident.title,
    description: incident.summary,
    path: ui.paths.incident(incident.slug),
    image: ui.paths.incidentCard(incident.slug),
    incident: incident.slug,
  });
}

/** The incident and page number an oldest-first address names, if they exist. */
async function oldestFirstPage(site: SiteModel, params: OldestFirstProps["params"]) {
  const { incident: slug, page: segments = [] } = await params;
  const incident = findIncident(site, slug);
  const layout = site.timelines.get(slug);
  const page = segments.length === 0 ? 1 : segments.length === 1 && /^[1-9]\d*$/.test(segments[0]) ? Number(segments[0]) : 0;
  if (!incident || !layout || page < 1 || page > layout.pages.length || (page === 1 && segments.length > 0)) return undefined;
  return { incident, layout, page };
}

export async function oldestFirstMetadata({ params }: OldestFirstProps): Promise<Metadata> {
  const { site, ui } = await siteForPage(params);
  const found = await oldestFirstPage(site, params);
  if (!found) return {};
  const { incident, layout, page } = found;
  const { first, last } = pageRange(page, layout);
  return pageMetadata(site, ui, {
    title: layout.pages.length > 1 ? ui.t.incident.oldestFirstPageTitle(incident.title, first, last) : ui.t.incident.oldestFirstTitle(incident.title),
    description: incident.summary,
    path: ui.paths.incidentOldestFirst(incident.slug, page),
    image: ui.paths.incidentCard(incident.slug),
    incident: incident.slug,
  });
}

export async function TimelineRoute({ params }: TimelineProps) {
  const { site, ui } = await siteForPage(params);
  const incident = findIncident(site, (await params).incident);
  if (!incident) notFound();
  return <IncidentTimeline site={site} incident={incident} ui={ui} />;
}

export async function OldestFirstRoute({ params }: OldestFirstProps) {
  const { site, ui } = await siteForPage(params);
  const found = await oldestFirstPage(site, params);
  if (!found) notFound();
  return <OldestFirstTimeline site={site} incident={found.incident} page={found.page} ui={ui} />;
}
