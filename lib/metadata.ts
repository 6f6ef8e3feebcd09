/**
 * Page metadata: canonical URL, feed links, Open Graph and Twitter cards, all from
 * site.md's `url` so that shared links and cards point at the public site.
 */
import type { Metadata } from "next";
import { paths } from "./routes";
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

export function pageMetadata(site: SiteModel, meta: PageMeta): Metadata {
  const description = meta.description ?? site.featured?.summary ?? site.site.title;
  const feeds: Record<string, { url: string; title: string }[]> = {
    "application/rss+xml": [{ url: "/feed.xml", title: `${site.site.title} (RSS)` }],
    "application/atom+xml": [{ url: "/atom.xml", title: `${site.site.title} (Atom)` }],
    "application/feed+json": [{ url: "/feed.json", title: `${site.site.title} (JSON Feed)` }],
  };
  if (meta.incident) {
    const base = paths.incident(meta.incident);
    feeds["application/rss+xml"].push({ url: `${base}feed.xml`, title: "This incident (RSS)" });
    feeds["application/atom+xml"].push({ url: `${base}atom.xml`, title: "This incident (Atom)" });
    feeds["application/feed+json"].push({ url: `${base}feed.json`, title: "This incident (JSON Feed)" });
  }
  const image = meta.image ?? (site.featured ? paths.incidentCard(site.featured.slug) : paths.siteCard());
  return {
    // The home page's title is the site's own name, without the "– site" suffix.
    title: meta.path === paths.home() ? { absolute: meta.title } : meta.title,
    description,
    alternates: { canonical: meta.path, types: feeds },
    openGraph: {
      title: meta.title,
      description,
      url: meta.path,
      siteName: site.site.title,
      locale: site.site.language.replace("-", "_"),
      type: meta.type ?? "website",
      ...(meta.publishedTime ? { publishedTime: meta.publishedTime } : {}),
      ...(image ? { images: [{ url: image, width: 1200, height: 630, alt: meta.title }] } : {}),
    },
    twitter: { card: image ? "summary_large_image" : "summary", title: meta.title, description },
  };
}
