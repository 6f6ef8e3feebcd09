/**
 * schema.org data for search engines and news tools: the incident timeline as a
 * LiveBlogPosting with a liveBlogUpdate per update, plus a SpecialAnnouncement.
 */
import { isoInZone } from "./content/times";
import type { Incident } from "./content/types";
import { absoluteUrl, paths as defaultPaths, type Paths } from "./routes";
import type { SiteModel } from "./site";

function onIncidentPage(site: SiteModel, incident: Incident) {
  const layout = site.timelines.get(incident.slug);
  return layout ? [...layout.latestInFull, ...layout.earlierInBrief] : [];
}

/** In the page's language: its addresses (`paths`) and `inLanguage` (`language`). */
export function incidentJsonLd(site: SiteModel, incident: Incident, paths: Paths = defaultPaths, language = site.site.language) {
  const zone = site.site.timezone;
  const state = site.incidentStates.get(incident.slug)!;
  const url = absoluteUrl(paths.incident(incident.slug), site.site.url);
  const publisher = site.site.organisations
    .filter((o) => incident.organisations.includes(o.id))
    .map((o) => ({ "@type": "GovernmentOrganization", name: o.name, url: o.url }));
  return [
    {
      "@context": "https://schema.org",
      "@type": "LiveBlogPosting",
      "@id": url,
      url,
      headline: incident.title,
      description: incident.summary,
      datePublished: isoInZone(incident.started, zone),
      dateModified: isoInZone(state.lastUpdated, zone),
      coverageStartTime: isoInZone(incident.started, zone),
      ...(state.resolvedAt !== undefined ? { coverageEndTime: isoInZone(state.resolvedAt, zone) } : {}),
      inLanguage: language,
      publisher,
      author: publisher,
      // The updates the incident's page shows, newest first (a long incident's page shows
      // the latest: lib/timeline.ts), so the page stays small.
      liveBlogUpdate: onIncidentPage(site, incident).map((u) => ({
        "@type": "BlogPosting",
        "@id": absoluteUrl(paths.update(incident.slug, u.slug), site.site.url),
        url: absoluteUrl(paths.update(incident.slug, u.slug), site.site.url),
        headline: u.title,
        description: u.summary,
        datePublished: isoInZone(u.published, zone),
        dateModified: isoInZone(u.revisions.at(-1)?.at ?? u.published, zone),
      })),
    },
    {
      "@context": "https://schema.org",
      "@type": "SpecialAnnouncement",
      name: incident.title,
      text: incident.summary,
      url,
      datePosted: isoInZone(state.lastUpdated, zone),
      ...(state.resolvedAt !== undefined ? { expires: isoInZone(state.resolvedAt, zone) } : {}),
      announcementLocation: publisher,
    },
  ];
}

/**
 * JSON for inside a `<script type="application/ld+json">`: `<`, `>` and `&` are escaped
 * as JSON unicode escapes, so no title can close the element or open another.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
