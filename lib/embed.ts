/**
 * The banner a council's main website can put in an iframe while an incident lasts,
 * and its data. Static, with no script on either side.
 */
import { isoInZone } from "./content/times";
import { escapeHtml } from "./html";
import { formatTime, pageLanguage } from "./i18n/page";
import { absoluteUrl, paths } from "./routes";
import type { SiteModel } from "./site";

/** The banner speaks the site's default language (it sits on the council's own site). */
export function embedStatus(site: SiteModel) {
  const ui = pageLanguage(site.languages, site.site.timezone);
  const featured = site.featured;
  const state = featured ? site.incidentStates.get(featured.slug) : undefined;
  return {
    site: { title: site.site.title, url: site.site.url },
    incident:
      featured && state
        ? {
            id: featured.slug,
            title: featured.title,
            phase: state.phase,
            phaseLabel: ui.t.phases[state.phase],
            lastUpdated: isoInZone(state.lastUpdated, site.site.timezone),
            lastUpdatedText: formatTime(ui, state.lastUpdated),
            url: absoluteUrl(paths.incident(featured.slug), site.site.url),
          }
        : null,
  };
}

export function embedBannerHtml(site: SiteModel): string {
  const { incident } = embedStatus(site);
  const ui = pageLanguage(site.languages, site.site.timezone);
  const t = ui.t.embed;
  const home = escapeHtml(site.site.url);
  const body = incident
    ? `<p class="title"><a href="${escapeHtml(incident.url)}" target="_top">${escapeHtml(incident.title)}</a></p>
<p><strong class="tag">${escapeHtml(incident.phaseLabel)}</strong> ${escapeHtml(t.lastUpdated)} <time datetime="${escapeHtml(incident.lastUpdated)}">${escapeHtml(incident.lastUpdatedText)}</time></p>
<p><a href="${escapeHtml(incident.url)}" target="_top">${escapeHtml(t.readLatest)}</a></p>`
    : `<p class="title"><a href="${home}" target="_top">${escapeHtml(site.site.title)}</a></p><p>${escapeHtml(t.noIncident)}</p>`;
  return `<!doctype html>
<html lang="${escapeHtml(ui.htmlLang)}"${ui.dir === "rtl" ? ' dir="rtl"' : ""}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(site.site.title)}</title>
<link rel="stylesheet" href="/embed/banner.css">
</head>
<body>
<div class="banner" role="region" aria-label="${escapeHtml(site.site.title)}">
${body}
</div>
</body>
</html>
`;
}
