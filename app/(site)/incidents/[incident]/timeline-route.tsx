/**
 * What the two timeline routes share (newest first at /incidents/<i>/, oldest first at
 * /incidents/<i>/oldest-first/): their parameters, metadata and page, in any language.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Timeline } from "@/components/timeline";
import { pageMetadata } from "@/lib/metadata";
import { incidentParams } from "@/lib/routes";
import { findIncident, getSite, siteForPage } from "@/lib/site";

export type TimelineProps = { params: Promise<{ incident: string; lang?: string }> };
type Order = "newest" | "oldest";

export function timelineParams() {
  return incidentParams(getSite());
}

export async function timelineMetadata({ params }: TimelineProps, order: Order): Promise<Metadata> {
  const { site, ui } = await siteForPage(params);
  const incident = findIncident(site, (await params).incident);
  if (!incident) return {};
  return pageMetadata(site, ui, {
    title: order === "newest" ? incident.title : ui.t.incident.oldestFirstTitle(incident.title),
    description: incident.summary,
    path: order === "newest" ? ui.paths.incident(incident.slug) : ui.paths.incidentOldestFirst(incident.slug),
    image: ui.paths.incidentCard(incident.slug),
    incident: incident.slug,
  });
}

export async function TimelineRoute({ params, order }: TimelineProps & { order: Order }) {
  const { site, ui } = await siteForPage(params);
  const incident = findIncident(site, (await params).incident);
  if (!incident) notFound();
  return <Timeline site={site} incident={incident} order={order} ui={ui} />;
}
