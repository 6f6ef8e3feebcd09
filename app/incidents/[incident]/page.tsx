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
  const site = getSite();
  return incident
    ? pageMetadata(site, {
        title: incident.title,
        description: incident.summary,
        path: paths.incident(incident.slug),
        image: `${paths.incident(incident.slug)}card.png`,
        incident: incident.slug,
      })
    : {};
}

export default async function IncidentPage({ params }: Props) {
  const site = getSite();
  const incident = findIncident(site, (await params).incident);
  if (!incident) notFound();
  return <Timeline site={site} incident={incident} order="newest" />;
}
