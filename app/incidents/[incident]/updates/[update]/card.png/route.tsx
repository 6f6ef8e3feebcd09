import { notFound } from "next/navigation";
import { socialCardResponse } from "@/components/social-card";
import { formatDateTime } from "@/lib/content/times";
import { updateParams } from "@/lib/routes";
import { findIncident, findUpdate, getSite, organisationName } from "@/lib/site";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return updateParams(getSite());
}

export async function GET(_request: Request, { params }: { params: Promise<{ incident: string; update: string }> }) {
  const site = getSite();
  const { incident: incidentSlug, update: updateSlug } = await params;
  const incident = findIncident(site, incidentSlug);
  const update = findUpdate(site, incidentSlug, updateSlug);
  if (!incident || !update) notFound();
  return socialCardResponse({
    title: update.title,
    phase: update.phase,
    time: formatDateTime(update.published, site.site.timezone),
    organisations: incident.organisations.map((id) => organisationName(site, id)).join(" · "),
    siteTitle: site.site.title,
  });
}
