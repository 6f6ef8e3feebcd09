/**
 * Every public URL the site builds, from one place. Pages use these builders for links
 * and their `generateStaticParams` come from the same lists, the checker uses
 * `sitePages` to refuse links to pages that do not exist, and the sitemap lists them:
 * the three cannot drift apart.
 */

export const paths = {
  home: () => "/",
  incidents: () => "/incidents/",
  incident: (incident: string) => `/incidents/${incident}/`,
  incidentOldestFirst: (incident: string) => `/incidents/${incident}/oldest-first/`,
  update: (incident: string, update: string) => `/incidents/${incident}/updates/${update}/`,
  services: () => "/services/",
  service: (service: string) => `/services/${service}/`,
  organisation: (id: string) => `/organisations/${id}/`,
  advice: () => "/advice/",
  accessibility: () => "/accessibility/",
  /** Social cards (1200×630 PNG), drawn by the build's card step (scripts/social-cards.ts). */
  siteCard: () => "/card.png",
  incidentCard: (incident: string) => `/incidents/${incident}/card.png`,
  updateCard: (incident: string, update: string) => `/incidents/${incident}/updates/${update}/card.png`,
} as const;

/** A site path as the full public address journalists and feeds use (site.md `url` + path). */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}

/** Ids every page has (the skip link's target and the footer's sections). */
export const PAGE_CHROME_IDS = ["main-content", "urgent-contacts", "press-office"] as const;

/** Data files the site publishes beside its pages (feeds, API, embed). */
export const DATA_FILES = [
  "/feed.xml",
  "/atom.xml",
  "/feed.json",
  "/sitemap.xml",
  "/robots.txt",
  "/api/v2/summary.json",
  "/api/v2/status.json",
  "/api/v2/components.json",
  "/api/v2/incidents.json",
  "/api/v2/incidents/unresolved.json",
  "/embed/banner.html",
  "/embed/status.json",
] as const;

/** What the list of pages depends on: slugs and ids only. */
export interface PageSource {
  site: { organisations: readonly { id: string }[] };
  incidents: readonly { slug: string }[];
  updates: readonly { incident: string; slug: string }[];
  services: readonly { slug: string }[];
  advice: readonly { slug: string }[];
}

export function incidentParams(content: Pick<PageSource, "incidents">) {
  return content.incidents.map((i) => ({ incident: i.slug }));
}

/** Published updates only: pass content that has had drafts removed. */
export function updateParams(content: Pick<PageSource, "updates">) {
  return content.updates.map((u) => ({ incident: u.incident, update: u.slug }));
}

export function serviceParams(content: Pick<PageSource, "services">) {
  return content.services.map((s) => ({ service: s.slug }));
}

export function organisationParams(content: Pick<PageSource, "site">) {
  return content.site.organisations.map((o) => ({ id: o.id }));
}

/**
 * Every page path of the published content, each with the fragment ids it is known to
 * carry (update ids on a timeline, service ids on the board, advice ids on /advice/).
 */
export function sitePages(content: PageSource): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>();
  const add = (path: string, ids: Iterable<string> = []) => pages.set(path, new Set(ids));
  add(paths.home());
  add(paths.incidents(), content.incidents.map((i) => i.slug));
  for (const { incident } of incidentParams(content)) {
    const ids = content.updates.filter((u) => u.incident === incident).map((u) => u.slug);
    add(paths.incident(incident), ids);
    add(paths.incidentOldestFirst(incident), ids);
  }
  for (const { incident, update } of updateParams(content)) add(paths.update(incident, update));
  add(paths.services(), content.services.map((s) => s.slug));
  for (const { service } of serviceParams(content)) add(paths.service(service));
  for (const { id } of organisationParams(content)) add(paths.organisation(id));
  add(paths.advice(), content.advice.map((a) => a.slug));
  add(paths.accessibility());
  for (const file of DATA_FILES) add(file);
  for (const { incident } of incidentParams(content)) {
    for (const feed of ["feed.xml", "atom.xml", "feed.json"]) add(`${paths.incident(incident)}${feed}`);
  }
  return pages;
}
