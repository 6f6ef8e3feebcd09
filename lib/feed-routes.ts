/**
 * The feed route handlers, the same for every language: the site's feeds at /feed.xml
 * (and /<lang>/feed.xml for each other full language), one incident's under its page.
 */
import { notFound } from "next/navigation";
import { FEED_FILES, feedSource, isFeedFile, type FeedFile } from "./feeds";
import { fileResponse } from "./responses";
import { incidentParams, NO_OTHER_LANGUAGE, paramsIn } from "./routes";
import { pageLanguage } from "./i18n/page";
import { findIncident, getSite, type SiteModel } from "./site";

/** The feed's language is the site model's: its words, addresses and tag. */
function feedLanguage(site: SiteModel) {
  const ui = pageLanguage(site.languages, site.site.timezone, site.lang);
  return { messages: ui.t, paths: ui.paths, tag: ui.htmlLang };
}

// Static routes (/feed.xml) get no params at all.
type LangParams = { params?: Promise<{ lang?: string }> };

/** GET for one of the site's three feed files, in the page's language. */
export function siteFeed(file: FeedFile) {
  return async function GET(_request: Request, { params }: LangParams) {
    const lang = params ? (await params)?.lang : undefined;
    const { render, type } = FEED_FILES[file];
    const site = getSite(lang);
    return fileResponse(render(feedSource(site, undefined, feedLanguage(site))), type);
  };
}

export function incidentFeedParams() {
  return incidentParams(getSite()).flatMap((p) => Object.keys(FEED_FILES).map((feed) => ({ ...p, feed })));
}

export async function incidentFeedGET(_request: Request, { params }: { params: Promise<{ incident: string; feed: string; lang?: string }> }) {
  const { incident, feed, lang } = await params;
  const site = getSite(lang);
  if (!isFeedFile(feed) || !findIncident(site, incident)) notFound();
  const { render, type } = FEED_FILES[feed];
  return fileResponse(render(feedSource(site, incident, feedLanguage(site))), type);
}

/** Feeds exist in the default language and each other full language (partial languages link to the default's). */
export function feedLanguageParams() {
  const full = getSite().languages.full;
  return (full.length > 0 ? full : [NO_OTHER_LANGUAGE]).map((lang) => ({ lang }));
}

export function languageIncidentFeedParams() {
  return feedLanguageParams().flatMap((l) => paramsIn(l.lang, incidentFeedParams()).map((p) => ({ ...l, ...p })));
}
