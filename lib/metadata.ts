/**
 * Page metadata: canonical URL, feed links, Open Graph and Twitter cards, all from
 * site.md's `url` so that shared links and cards point at the public site.
 */
import type { Metadata } from "next";
import type { PageLanguage } from "./i18n/page";
import { samePageIn } from "./routes";
import type { SiteModel } from "./site";

export interface PageMeta {
  title: string;
  description?: string;
  path: string;
  /** A 1200×630 social card for this page, site-relative. */
  image?: string;
  /** The incident whose feeds this page also offers. */
  incident?: string;
  type?: "website" | "article";
  publishedTime?: string;
}

/**
 * `path` is the page in its own language (`/cy/services/`): the canonical address; the
 * same page in every other language is listed as an `hreflang` alternate.
 */
export function pageMetadata(site: SiteModel, ui: PageLanguage, meta: PageMeta): Metadata {
  const description = meta.description ?? site.featured?.summary ?? site.site.title;
  const f = ui.t.feeds;
  const feedPaths = ui.feeds;
  const feeds: Record<string, { url: string; title: string }[]> = {
    "application/rss+xml": [{ url: feedPaths.feed("feed.xml"), title: f.rss(site.site.title) }],
    "application/atom+xml": [{ url: feedPaths.feed("atom.xml"), title: f.atom(site.site.title) }],
    "application/feed+json": [{ url: feedPaths.feed("feed.json"), title: f.json(site.site.title) }],
  };
  if (meta.incident) {
    const base = feedPaths.incident(meta.incident);
    feeds["application/rss+xml"].push({ url: `${base}feed.xml`, title: f.rss(f.thisIncident) });
    feeds["application/atom+xml"].push({ url: `${base}atom.xml`, title: f.atom(f.thisIncident) });
    feeds["application/feed+json"].push({ url: `${base}feed.json`, title: f.json(f.thisIncident) });
  }
  // Each language has its own cards, in its own words (scripts/social-cards.ts).
  const image = meta.image ?? (site.featured ? ui.paths.incidentCard(site.featured.slug) : ui.paths.siteCard());
  const { languages } = ui;
  const alternates =
    languages.others.length > 0
      ? Object.fromEntries([
          ...[languages.default, ...languages.others].map((code) => [
            code === languages.default ? languages.defaultTag : code,
            samePageIn(meta.path, ui.lang, code, languages.default),
          ]),
          ["x-default", samePageIn(meta.path, ui.lang, languages.default, languages.default)],
        ])
      : undefined;
  return {
    // The home page's title is the site's own name, without the "– site" suffix.
    title: meta.path === ui.paths.home() ? { absolute: meta.title } : meta.title,
    description,
    alternates: { canonical: meta.path, types: feeds, ...(alternates ? { languages: alternates } : {}) },
    openGraph: {
      title: meta.title,
      description,
      url: meta.path,
      siteName: site.site.title,
      locale: ui.htmlLang.replace("-", "_"),
      type: meta.type ?? "website",
      ...(meta.publishedTime ? { publishedTime: meta.publishedTime } : {}),
      ...(image ? { images: [{ url: image, width: 1200, height: 630, alt: meta.title }] } : {}),
    },
    twitter: { card: image ? "summary_large_image" : "summary", title: meta.title, description },
  };
}
