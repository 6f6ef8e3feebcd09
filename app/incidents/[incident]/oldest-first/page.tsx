import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Timeline } from "@/components/timeline";
import { pageMetadata } from "@/lib/metadata";
import { incidentParams, paths } from "@/lib/routes";
import { findIncident, getSite } from "@/lib/site";

type Props = { params: Promise<{ incident: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return incidentParams(getSite());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const incident = findIncident(getSite(), (await params).incident);
  return incident
    ? pageMetadata(getSite(), {
        title: `${incident.title}: oldest first`,
        description: incident.summary,
        path: paths.incidentOldestFirst(incident.slug),
        image: `${paths.incident(incident.slug)}card.png`,
        incident: incident.slug,
      })
    : {};
}

export default async function OldestFirstPage({ params }: Props) {
  const site = getSite();
  const incident = findIncident(site, (await params).incident);
  if (!incident) notFound();
  return <Timeline site={site} incident={incident} order="oldest" />;
}
