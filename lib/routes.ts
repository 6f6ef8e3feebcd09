/**
 * Every public URL the site builds, from one place. Pages use these builders for links
 * and their `generateStaticParams` come from the same lists, the checker uses
 * `sitePages` to refuse links to pages that do not exist, and the sitemap lists them:
 * the three cannot drift apart.
 */
import { safeDecode } from "./content/links";
import { timelineLayout, type TimelineLayout } from "./timeline";

/** The page addresses under a language prefix ("" for the default language, "/cy" for Welsh). */
function pathBuilders(prefix: string) {
  return {
    home: () => `${prefix}/`,
    incidents: () => `${prefix}/incidents/`,
    incident: (incident: string) => `${prefix}/incidents/${incident}/`,
    /** The incident's timeline, oldest first: page 1 holds its first updates (see lib/timeline.ts). */
    incidentOldestFirst: (incident: string, page = 1) =>
      page <= 1 ? `${prefix}/incidents/${incident}/oldest-first/` : `${prefix}/incidents/${incident}/oldest-first/${page}/`,
    update: (incident: string, update: string) => `${prefix}/incidents/${incident}/updates/${update}/`,
    services: () => `${prefix}/services/`,
    service: (service: string) => `${prefix}/services/${service}/`,
    organisation: (id: string) => `${prefix}/organisations/${id}/`,
    advice: () => `${prefix}/advice/`,
    accessibility: () => `${prefix}/accessibility/`,
    /** The site's feeds in this language (`/feed.xml`, `/cy/feed.xml`). */
    feed: (file: "feed.xml" | "atom.xml" | "feed.json") => `${prefix}/${file}`,
    /** Social cards (1200×630 PNG) in this language, drawn by the build's card step (scripts/social-cards.ts). */
    siteCard: () => `${prefix}/card.png`,
    incidentCard: (incident: string) => `${prefix}/incidents/${incident}/card.png`,
    updateCard: (incident: string, update: string) => `${prefix}/incidents/${incident}/updates/${update}/card.png`,
  } as const;
}

export type Paths = ReturnType<typeof pathBuilders>;

/** The default language's pages: no prefix. */
export const paths: Paths = pathBuilders("");

const prefixed = new Map<string, Paths>();

/**
 * The pages in `lang`: the same slugs, under `/<lang>/` unless it is the site's default
 * language (`/cy/services/phones/` beside `/services/phones/`).
 */
export function pathsIn(lang: string, defaultLang: string): Paths {
  if (lang === defaultLang) return paths;
  let p = prefixed.get(lang);
  if (!p) prefixed.set(lang, (p = pathBuilders(`/${lang}`)));
  return p;
}

/** The same page in another language: `/services/x/` in Welsh is `/cy/services/x/`. */
export function samePageIn(path: string, from: string, to: string, defaultLang: string): string {
  const bare = from === defaultLang ? path : path.slice(from.length + 1);
  return to === defaultLang ? bare : `/${to}${bare}`;
}

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

/** An update as the list of pages needs it: `published` orders an incident's timeline. */
export interface UpdateRef {
  incident: string;
  slug: string;
  /** Missing for a file whose time does not parse (it goes last). */
  published?: number;
}

/** What the list of pages depends on: slugs, ids and the updates' order only. */
export interface PageSource {
  site: { organisations: readonly { id: string }[] };
  /** Languages other than the default: each has every page again under `/<lang>/`. */
  otherLanguages?: readonly string[];
  incidents: readonly { slug: string }[];
  updates: readonly UpdateRef[];
  services: readonly { slug: string }[];
  advice: readonly { slug: string }[];
}

/**
 * Placeholder for a site with one language: Next.js refuses an empty list of static
 * params under `output: "export"`, so app/[lang]/ then builds under this name alone and
 * scripts/post-export.ts deletes it (it is never linked and never published).
 */
export const NO_OTHER_LANGUAGE = "_none";

export type LanguageParams = { params: Promise<{ lang: string }> };

/**
 * A dynamic route's pages under language `lang`: all of them, except under the
 * placeholder, whose pages are never published: one (Next refuses an empty list).
 */
export function paramsIn<T>(lang: string | undefined, all: T[]): T[] {
  return lang === NO_OTHER_LANGUAGE ? all.slice(0, 1) : all;
}

/** The languages with pages under `/<lang>/`. */
export function languageParams(content: { otherLanguages: readonly string[] }) {
  const langs = content.otherLanguages.length > 0 ? content.otherLanguages : [NO_OTHER_LANGUAGE];
  return langs.map((lang) => ({ lang }));
}

export function incidentParams(content: Pick<PageSource, "incidents">) {
  return content.incidents.map((i) => ({ incident: i.slug }));
}

/** Published updates only: pass content that has had drafts removed. */
export function updateParams(content: Pick<PageSource, "updates">) {
  return content.updates.map((u) => ({ incident: u.incident, update: u.slug }));
}

/** Each incident's timeline layout (lib/timeline.ts), its updates in publication order. */
export function timelineLayouts<T extends UpdateRef>(content: { incidents: readonly { slug: string }[]; updates: readonly T[] }): Map<string, TimelineLayout<T>> {
  const byIncident = new Map<string, T[]>(content.incidents.map((i) => [i.slug, []]));
  for (const u of content.updates) byIncident.get(u.incident)?.push(u);
  const order = (a: T, b: T) => (a.published ?? Infinity) - (b.published ?? Infinity) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
  return new Map([...byIncident].map(([slug, updates]) => [slug, timelineLayout(updates.sort(order))]));
}

/** The oldest-first pages of every incident: page 1 is `[]` (no number in its address). */
export function timelinePageParams(content: Pick<PageSource, "incidents" | "updates">) {
  return [...timelineLayouts(content)].flatMap(([incident, layout]) =>
    layout.pages.map((_, i) => ({ incident, page: i === 0 ? [] : [String(i + 1)] })),
  );
}

/**
 * Where an update is shown in full on its incident's timeline: the incident's page for
 * the latest few, else the oldest-first page that holds it.
 */
export function updateInTimeline(layout: TimelineLayout<{ slug: string }>, incident: string, update: string, p: Paths = paths): string {
  if (layout.latestInFull.some((u) => u.slug === update)) return `${p.incident(incident)}#${update}`;
  return `${p.incidentOldestFirst(incident, layout.pageOf.get(update) ?? 1)}#${update}`;
}

/**
 * Links written before an incident grew long still work: `/incidents/<i>/#<update>` (or
 * `#<update>--<heading>`) for an update that is no longer on the incident's page points
 * to the oldest-first page that shows it. Any other site link is returned as it is.
 */
export function timelineLinkResolver(content: Pick<PageSource, "incidents" | "updates">): (href: string) => string {
  const layouts = timelineLayouts(content);
  return (href) => {
    // The same for every language: `/cy/incidents/<i>/#<update>` keeps its `/cy` prefix.
    const m = /^((?:\/[^/?#]+)?)\/incidents\/([^/?#]+)\/#(.+)$/.exec(href);
    const layout = m && layouts.get(m[2]);
    if (!m || !layout) return href;
    const fragment = safeDecode(m[3]);
    const cut = fragment.indexOf("--");
    const slug = cut === -1 ? fragment : fragment.slice(0, cut);
    const page = layout.pageOf.get(slug);
    if (page === undefined) return href;
    const inFull = layout.latestInFull.some((u) => u.slug === slug);
    const inBrief = layout.earlierInBrief.some((u) => u.slug === slug);
    if (inFull || (inBrief && cut === -1)) return href;
    return `${m[1]}${paths.incidentOldestFirst(m[2], page)}#${m[3]}`;
  };
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
 * Links to an update on an incident's page that has moved to an oldest-first page are
 * rewritten by `timelineLinkResolver` before they are checked or rendered.
 */
export function sitePages(content: PageSource): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>();
  const add = (path: string, ids: Iterable<string> = []) => pages.set(path, new Set(ids));
  add(paths.home());
  add(paths.incidents(), content.incidents.map((i) => i.slug));
  for (const [incident, layout] of timelineLayouts(content)) {
    add(paths.incident(incident), [...layout.latestInFull, ...layout.earlierInBrief].map((u) => u.slug));
    layout.pages.forEach((page, i) => add(paths.incidentOldestFirst(incident, i + 1), page.map((u) => u.slug)));
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
  // Every page and feed again in each other language, with the same fragment ids.
  for (const lang of content.otherLanguages ?? []) {
    for (const [path, ids] of [...pages]) {
      if (path.endsWith("/") || /(feed\.xml|atom\.xml|feed\.json)$/.test(path)) {
        if (!path.startsWith("/api/") && !path.startsWith("/embed/")) pages.set(`/${lang}${path}`, new Set(ids));
      }
    }
  }
  return pages;
}
