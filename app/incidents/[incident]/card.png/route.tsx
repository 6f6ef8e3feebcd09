import { notFound } from "next/navigation";
import { socialCardResponse } from "@/components/social-card";
import { formatDateTime } from "@/lib/content/times";
import { incidentParams } from "@/lib/routes";
import { findIncident, getSite, organisationName } from "@/lib/site";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return incidentParams(getSite());
}

export async function GET(_request: Request, { params }: { params: Promise<{ incident: string }> }) {
  const site = getSite();
  const incident = findIncident(site, (await params).incident);
  if (!incident) notFound();
  const state = site.incidentStates.get(incident.slug)!;
  return socialCardResponse({
    title: incident.title,
    phase: state.phase,
    time: `Last updated ${formatDateTime(state.lastUpdated, site.site.timezone)}`,
    organisations: incident.organisations.map((id) => organisationName(site, id)).join(" · "),
    siteTitle: site.site.title,
  });
}
