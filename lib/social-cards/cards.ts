/**
 * Which social cards the site has and what each shows: one for the site, one per
 * incident and one per published update, in every language the site is published in
 * (`/card.png`, `/cy/card.png`, ...), with that language's words, dates and translated
 * titles. Pure: the build's card step draws them.
 */
import type { CardText } from "@/components/social-card";
import type { Content } from "../content/types";
import { formatTime, pageLanguage, type PageLanguage } from "../i18n/page";
import { buildSiteModel, organisationName, type SiteModel } from "../site";

export interface CardSpec {
  /** Where the PNG is published (site path). */
  path: string;
  text: CardText;
  /** The content the card is drawn from, for warnings: file (relative to content/) and the line of its title. */
  source: { file: string; line: number };
  /** The card to publish instead if this one cannot be drawn, and what it is, for the warning. */
  fallback?: { path: string; what: "the site's card" | "the incident's card" };
}

/** Every card of the published content, the default language's first. */
export function socialCards(content: Content): CardSpec[] {
  const first = buildSiteModel(content);
  return [first, ...first.otherLanguages.map((lang) => buildSiteModel(content, lang))].flatMap((site) =>
    cardsIn(site, pageLanguage(site.languages, site.site.timezone, site.lang)),
  );
}

/** Where a text's title was written: its translation's file in this language, else the original's. */
function titleSource(item: { file: string; titleLine: number; translations?: Record<string, { file: string; titleLine?: number }> }, lang: string) {
  const translation = item.translations?.[lang];
  return translation?.titleLine === undefined ? { file: item.file, line: item.titleLine } : { file: translation.file, line: translation.titleLine };
}

function cardsIn(site: SiteModel, ui: PageLanguage): CardSpec[] {
  const { t, paths } = ui;
  const siteTitle = site.site.title;
  const organisations = (ids: string[]) => ids.map((id) => organisationName(site, id)).join(" · ");
  const cards: CardSpec[] = [];
  const siteState = site.featured ? site.incidentStates.get(site.featured.slug) : undefined;
  const siteFile = site.site.translations?.[site.lang]?.file ?? "site.md";
  cards.push({
    path: paths.siteCard(),
    text: {
      title: siteTitle,
      phase: siteState ? t.phases[siteState.phase] : "",
      time: site.lastUpdated === undefined ? "" : t.card.lastUpdated(formatTime(ui, site.lastUpdated)),
      organisations: organisations(site.site.organisations.map((o) => o.id)),
      siteTitle,
    },
    source: siteFile === "site.md" ? { file: "site.md", line: site.site.titleLine } : { file: siteFile, line: site.site.translations?.[site.lang]?.titleLine ?? 1 },
  });
  for (const incident of site.incidents) {
    const state = site.incidentStates.get(incident.slug)!;
    cards.push({
      path: paths.incidentCard(incident.slug),
      text: {
        title: incident.title,
        phase: t.phases[state.phase],
        time: t.card.lastUpdated(formatTime(ui, state.lastUpdated)),
        organisations: organisations(incident.organisations),
        siteTitle,
      },
      source: titleSource(incident, site.lang),
      fallback: { path: paths.siteCard(), what: "the site's card" },
    });
  }
  for (const update of site.updates) {
    const incident = site.incidents.find((i) => i.slug === update.incident)!;
    cards.push({
      path: paths.updateCard(update.incident, update.slug),
      text: {
        title: update.title,
        phase: t.phases[update.phase],
        time: formatTime(ui, update.published),
        organisations: organisations(incident.organisations),
        siteTitle,
      },
      source: titleSource(update, site.lang),
      fallback: { path: paths.incidentCard(update.incident), what: "the incident's card" },
    });
  }
  return cards;
}
