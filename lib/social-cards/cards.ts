/**
 * Which social cards the site has and what each shows: one for the site, one per
 * incident and one per published update. Pure: the build's card step draws them.
 */
import type { CardText } from "@/components/social-card";
import { formatDateTime } from "../content/times";
import { PHASE_LABELS } from "../labels";
import { paths } from "../routes";
import { organisationName, type SiteModel } from "../site";

export interface CardSpec {
  /** Where the PNG is published (site path). */
  path: string;
  text: CardText;
  /** The content the card is drawn from, for warnings: file (relative to content/) and the line of its title. */
  source: { file: string; line: number };
  /** The card to publish instead if this one cannot be drawn. */
  fallback?: string;
}

export function socialCards(site: SiteModel): CardSpec[] {
  const zone = site.site.timezone;
  const siteTitle = site.site.title;
  const organisations = (ids: string[]) => ids.map((id) => organisationName(site, id)).join(" · ");
  const cards: CardSpec[] = [];
  const siteState = site.featured ? site.incidentStates.get(site.featured.slug) : undefined;
  cards.push({
    path: paths.siteCard(),
    text: {
      title: siteTitle,
      phase: siteState ? PHASE_LABELS[siteState.phase] : "",
      time: site.lastUpdated === undefined ? "" : `Last updated ${formatDateTime(site.lastUpdated, zone)}`,
      organisations: organisations(site.site.organisations.map((o) => o.id)),
      siteTitle,
    },
    source: { file: "site.md", line: site.site.titleLine },
  });
  for (const incident of site.incidents) {
    const state = site.incidentStates.get(incident.slug)!;
    cards.push({
      path: paths.incidentCard(incident.slug),
      text: {
        title: incident.title,
        phase: PHASE_LABELS[state.phase],
        time: `Last updated ${formatDateTime(state.lastUpdated, zone)}`,
        organisations: organisations(incident.organisations),
        siteTitle,
      },
      source: { file: incident.file, line: incident.titleLine },
      fallback: paths.siteCard(),
    });
  }
  for (const update of site.updates) {
    const incident = site.incidents.find((i) => i.slug === update.incident)!;
    cards.push({
      path: paths.updateCard(update.incident, update.slug),
      text: {
        title: update.title,
        phase: PHASE_LABELS[update.phase],
        time: formatDateTime(update.published, zone),
        organisations: organisations(incident.organisations),
        siteTitle,
      },
      source: { file: update.file, line: update.titleLine },
      fallback: paths.incidentCard(update.incident),
    });
  }
  return cards;
}
