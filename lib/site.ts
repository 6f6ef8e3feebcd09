/**
 * What pages, feeds and the API ask for: the published content (drafts removed) with
 * its derived state, loaded once per process. If the content has errors this throws
 * the checker's own messages; `npm run build` runs the checker first, so in practice
 * a build never gets this far with bad content.
 */
import { featuredIncident, incidentsByActivity, incidentState, publishedOnly, serviceStates, type IncidentState, type ServiceState } from "./content/derive";
import { DEFAULT_ANALYSIS_CACHE, openAnalysisCache } from "./content/analysis-cache";
import { loadContent, readContentSnapshot } from "./content/load";
import { formatProblem } from "./content/problems";
import type { Content, Incident, Service, Update } from "./content/types";
import { readFileSync } from "node:fs";
import { NO_OTHER_LANGUAGE, paramsIn, pathsIn, timelineLayouts, timelineLinkResolver, type Paths } from "./routes";
import type { TimelineLayout } from "./timeline";
import { siteLanguages, type SiteLanguages } from "./i18n/languages";
import { localiseContent } from "./i18n/localise";
import { pageLanguage, type PageLanguage } from "./i18n/page";

export interface SiteModel extends Content {
  /** Incidents by latest activity, newest first. */
  incidentsByActivity: Incident[];
  incidentStates: Map<string, IncidentState>;
  serviceStates: Map<string, ServiceState>;
  featured?: Incident;
  /** The latest `published` of any update: "last updated" on the pages about the whole site. */
  lastUpdated?: number;
  /** Each incident's timeline pages (lib/timeline.ts). */
  timelines: Map<string, TimelineLayout<Update>>;
  /** Rewrites a body's `/incidents/<i>/#<update>` link to the page that now shows the update. */
  resolveLink: (href: string) => string;
  languages: SiteLanguages;
  /** Languages other than the default: each has the whole site under `/<lang>/`. */
  otherLanguages: string[];
  /** The language this model's words are shown in. */
  lang: string;
}

let cached: { dir: string; content: Content; models: Map<string, SiteModel> } | undefined;

/** The published content in one language (the default when `lang` is not given). */
export function buildSiteModel(all: Content, lang?: string): SiteModel {
  const languages = siteLanguages(all.site);
  const code = lang ?? languages.default;
  const content = publishedOnly(localiseContent(all, code, languages.default));
  const incidentStates = new Map(content.incidents.map((i) => [i.slug, incidentState(i, content.updates)]));
  return {
    ...content,
    incidentsByActivity: incidentsByActivity(content.incidents, content.updates),
    incidentStates,
    serviceStates: serviceStates(content.services, content.updates),
    featured: featuredIncident(content.incidents, content.updates),
    lastUpdated: content.updates.at(-1)?.published,
    timelines: timelineLayouts(content),
    resolveLink: timelineLinkResolver(content),
    languages,
    otherLanguages: languages.others,
    lang: code,
  };
}

export function getSite(lang?: string): SiteModel {
  const dir = process.env.CONTENT_DIR ?? "content";
  // In `npm run dev` every request reads the files again, so a writer sees each save.
  const live = process.env.NODE_ENV === "development";
  if (live || cached?.dir !== dir) cached = { dir, content: loadChecked(live), models: new Map() };
  const key = lang ?? "";
  let model = cached.models.get(key);
  if (!model) cached.models.set(key, (model = buildSiteModel(cached.content, lang)));
  return model;
}

let reused: { file: string; paths: Set<string> } | undefined;

/**
 * The pages this build takes unchanged from the previous export instead of rendering
 * (scripts/build.ts writes their paths to the file RENDER_REUSE names; lib/render-plan.ts).
 */
function reusedPages(): Set<string> {
  const file = process.env.NODE_ENV === "development" ? undefined : process.env.RENDER_REUSE;
  if (!file) return new Set();
  if (reused?.file !== file) reused = { file, paths: new Set(JSON.parse(readFileSync(file, "utf8")) as string[]) };
  return reused.paths;
}

/**
 * A dynamic route's `generateStaticParams` in one language (`lang`: the parent's
 * parameter under app/[lang]/, absent for the default language): every page, less those
 * the build takes from the previous export. Under the placeholder of a site with one
 * language (lib/routes.ts), whose pages are never published, only the first. Never an
 * empty list, which Next refuses under `output: "export"`: the first page is then
 * rendered again (to the same bytes).
 */
export function pagesToRender<T>(lang: string | undefined, all: T[], path: (p: Paths, params: T) => string): T[] {
  if (lang === NO_OTHER_LANGUAGE) return paramsIn(lang, all);
  const skip = reusedPages();
  if (skip.size === 0) return all;
  const languages = getSite().languages;
  const p = pathsIn(lang ?? languages.default, languages.default);
  const render = all.filter((params) => !skip.has(path(p, params)));
  return render.length > 0 ? render : all.slice(0, 1);
}

/** What Next passes a child route's `generateStaticParams`: the parent's parameters (`lang` under app/[lang]/). */
export type ParentParams = { params?: { lang?: string } };

/** Every page's props: `lang` is there under app/[lang]/, absent for the default language. */
export type PageProps = { params: Promise<{ lang?: string }> };

/** The site in the language of a page's `lang` parameter (none: the default), with its interface. */
export async function siteForPage(params?: Promise<{ lang?: string }>): Promise<{ site: SiteModel; ui: PageLanguage }> {
  const lang = params ? (await params).lang : undefined;
  const site = getSite(lang);
  return { site, ui: pageLanguage(site.languages, site.site.timezone, site.lang) };
}

function loadChecked(live: boolean): Content {
  // In npm run build, the content the checker has just validated (scripts/build.ts):
  // each of next build's workers reads one JSON file instead of every content file.
  const snapshot = live ? undefined : process.env.CONTENT_SNAPSHOT;
  if (snapshot) return readContentSnapshot(snapshot);
  // Otherwise (next build on its own) the checker's body-analysis cache spares parsing
  // every body again.
  const { content, problems } = loadContent(undefined, { analysisCache: openAnalysisCache(DEFAULT_ANALYSIS_CACHE) });
  const errors = problems.filter((p) => p.severity === "error");
  if (!content || errors.length > 0) {
    throw new Error(`The content has ${errors.length} error(s); run npm run check.\n${errors.map(formatProblem).join("\n")}`);
  }
  return content;
}

export function findIncident(site: SiteModel, slug: string): Incident | undefined {
  return site.incidents.find((i) => i.slug === slug);
}

export function findUpdate(site: SiteModel, incident: string, slug: string): Update | undefined {
  return site.updates.find((u) => u.incident === incident && u.slug === slug);
}

export function findService(site: SiteModel, slug: string): Service | undefined {
  return site.services.find((s) => s.slug === slug);
}

export function serviceState(site: SiteModel, slug: string): ServiceState {
  return site.serviceStates.get(slug) ?? { status: "operational", history: [] };
}

export function organisationName(site: SiteModel, id: string, short = false): string {
  const org = site.site.organisations.find((o) => o.id === id);
  if (!org) return id;
  return short ? (org.shortName ?? org.name) : org.name;
}
