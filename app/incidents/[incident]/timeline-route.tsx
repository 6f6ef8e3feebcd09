/**
 * What the two timeline routes share (newest first at /incidents/<i>/, oldest first at
 * /incidents/<i>/oldest-first/): their parameters, metadata and page.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Timeline } from "@/components/timeline";
import { pageMetadata } from "@/lib/metadata";
import { incidentParams, paths } from "@/lib/routes";
import { findIncident, getSite } from "@/lib/site";

export type TimelineProps = { params: Promise<{ incident: string }> };
type Order = "newest" | "oldest";

export function timelineParams() {
  return incidentParams(getSite());
}

export async function timelineMetadata({ params }: TimelineProps, order: Order): Promise<Metadata> {
  const site = getSite();
  const incident = findIncident(site, (await params).incident);
  if (!incident) return {};
  return pageMetadata(site, {
    title: order === "newest" ? incident.title : `${incident.title}: oldest first`,
    description: incident.summary,
    path: order === "newest" ? paths.incident(incident.slug) : paths.incidentOldestFirst(incident.slug),
    image: paths.incidentCard(incident.slug),
    incident: incident.slug,
  });
}

export async function TimelineRoute({ params, order }: TimelineProps & { order: Order }) {
  const site = getSite();
  const incident = findIncident(site, (await params).incident);
  if (!incident) notFound();
  return <Timeline site={site} incident={incident} order={order} />;
}
