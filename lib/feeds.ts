/**
 * RSS 2.0 and Atom 1.0 (with the `feed` package, which escapes and splits CDATA
 * correctly) and JSON Feed 1.1 (plain JSON: `feed` only writes version 1). One entry per
 * published update, newest first. An entry's id is its permalink: it never changes when
 * the update is edited and is never reused.
 */
import { Feed } from "feed";
import { publishedOnly } from "./content/derive";
import type { Content, Incident, Update } from "./content/types";
import { escapeHtml, markdownToHtml } from "./html";
import { en, type Messages } from "./i18n/messages/en";
import { absoluteUrl as absolute, paths as defaultPaths, type Paths, timelineLinkResolver } from "./routes";

export interface FeedEntry {
  id: string;
  url: string;
  title: string;
  summary: string;
  html: string;
  published: Date;
  /** The latest correction, when there is one. */
  updated?: Date;
  incident: Incident;
  update: Update;
}

export interface FeedSource {
  title: string;
  description: string;
  /** The page the feed follows. */
  homeUrl: string;
  /** Where this feed lives, without its extension's file: `/` or `/incidents/x/`. */
  base: string;
  entries: FeedEntry[];
  updated: Date;
  press?: Content["site"]["press"];
  language: string;
  /** The interface words of the feed's language (phase names, "Press office"). */
  messages: Messages;
}

/** The language a feed is in: its words, its pages' addresses and its tag. Default: the site's own. */
export interface FeedLanguage {
  messages: Messages;
  paths: Paths;
  tag: string;
}


const sources = new WeakMap<Content, Map<string, FeedSource>>();

/**
 * The feed for the whole site, or for one incident when `incidentSlug` is given. Built
 * once per content and incident: the RSS, Atom and JSON files all read the same one.
 */
export function feedSource(all: Content, incidentSlug?: string, language?: FeedLanguage): FeedSource {
  let byIncident = sources.get(all);
  if (!byIncident) sources.set(all, (byIncident = new Map()));
  const key = `${language?.tag ?? ""} ${incidentSlug ?? ""}`;
  let source = byIncident.get(key);
  if (!source) byIncident.set(key, (source = buildFeedSource(all, incidentSlug, language)));
  return source;
}

function buildFeedSource(all: Content, incidentSlug?: string, language?: FeedLanguage): FeedSource {
  const content = publishedOnly(all);
  const site = content.site;
  const paths = language?.paths ?? defaultPaths;
  const messages = language?.messages ?? en;
  const incidents = new Map(content.incidents.map((i) => [i.slug, i]));
  const updates = content.updates.filter((u) => !incidentSlug || u.incident === incidentSlug);
  const resolveLink = timelineLinkResolver(content);
  const entries = [...updates].reverse().map((update): FeedEntry => {
    const url = absolute(paths.update(update.incident, update.slug), site.url);
    const lastRevision = update.revisions.at(-1);
    return {
      id: url,
      url,
      title: update.title,
      summary: update.summary,
      html: markdownToHtml(update.body.markdown, site.url, "", resolveLink),
      published: new Date(update.published),
      updated: lastRevision ? new Date(lastRevision.at) : undefined,
      incident: incidents.get(update.incident)!,
      update,
    };
  });
  const incident = incidentSlug ? incidents.get(incidentSlug) : undefined;
  const latest = Math.max(0, ...entries.map((e) => (e.updated ?? e.published).getTime()));
  return {
    title: incident ? `${incident.title} – ${site.title}` : site.title,
    description: incident ? incident.summary : messages.feeds.everyUpdate(site.title),
    homeUrl: absolute(incident ? paths.incident(incident.slug) : paths.home(), site.url),
    base: absolute(incident ? paths.incident(incident.slug) : paths.home(), site.url),
    entries,
    updated: new Date(latest || (incident?.started ?? 0)),
    press: site.press,
    language: language?.tag ?? site.language,
    messages,
  };
}

function pressLine(press: FeedSource["press"], messages: Messages): string | undefined {
  if (!press) return undefined;
  const parts = [press.phone && `${messages.feeds.phone} ${press.phone}`, press.email, press.url].filter(Boolean);
  return parts.length ? `${messages.feeds.pressOffice}: ${parts.join(", ")}` : undefined;
}

/** Atom titles and summaries are `type="html"`: text is escaped so `<` stays text. */
function build(source: FeedSource, asHtml: boolean): Feed {
  const feed = new Feed({
    title: source.title,
    description: source.description,
    id: source.homeUrl,
    link: source.homeUrl,
    language: source.language,
    updated: source.updated,
    copyright: pressLine(source.press, source.messages) ?? source.title,
    generator: "council-incident-status",
    feedLinks: {
      rss: `${source.base}feed.xml`,
      atom: `${source.base}atom.xml`,
      json: `${source.base}feed.json`,
    },
    author: source.press?.email ? { name: source.messages.feeds.pressOffice, email: source.press.email, link: source.press.url } : undefined,
  });
  for (const e of source.entries) {
    feed.addItem({
      id: e.id,
      guid: e.id,
      title: asHtml ? escapeHtml(e.title) : e.title,
      link: e.url,
      // RSS has one date, the publication; Atom's <updated> is the latest correction.
      date: asHtml ? (e.updated ?? e.published) : e.published,
      published: e.published,
      description: escapeHtml(e.summary),
      content: e.html,
      category: [{ name: source.messages.phases[e.update.phase], term: e.update.phase }],
    });
  }
  return feed;
}

export function rss(source: FeedSource): string {
  return build(source, false).rss2();
}

export function atom(source: FeedSource): string {
  return build(source, true).atom1();
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(source: FeedSource): string {
  return JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: source.title,
      home_page_url: source.homeUrl,
      feed_url: `${source.base}feed.json`,
      description: source.description,
      language: source.language,
      authors: source.press?.email || source.press?.url ? [{ name: source.messages.feeds.pressOffice, url: source.press.url ?? `mailto:${source.press.email}` }] : undefined,
      items: source.entries.map((e) => ({
        id: e.id,
        url: e.url,
        title: e.title,
        summary: e.summary,
        content_html: e.html,
        date_published: e.published.toISOString(),
        date_modified: e.updated?.toISOString(),
        tags: [source.messages.phases[e.update.phase]],
      })),
    },
    null,
    2,
  );
}

/** The three feed files, by name, as each level of the site publishes them. */
export const FEED_FILES = {
  "feed.xml": { render: rss, type: "rss" },
  "atom.xml": { render: atom, type: "atom" },
  "feed.json": { render: jsonFeed, type: "feedJson" },
} as const;

export type FeedFile = keyof typeof FEED_FILES;

export function isFeedFile(name: string): name is FeedFile {
  return Object.hasOwn(FEED_FILES, name);
}
