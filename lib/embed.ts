/**
 * The banner a council's main website can put in an iframe while an incident lasts,
 * and its data. Static, with no script on either side.
 */
import { formatDateTime, isoInZone } from "./content/times";
import { escapeHtml } from "./html";
import { PHASE_LABELS } from "./labels";
import { absoluteUrl, paths } from "./routes";
import type { SiteModel } from "./site";

export function embedStatus(site: SiteModel) {
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
            phaseLabel: PHASE_LABELS[state.phase],
            lastUpdated: isoInZone(state.lastUpdated, site.site.timezone),
            lastUpdatedText: formatDateTime(state.lastUpdated, site.site.timezone),
            url: absoluteUrl(paths.incident(featured.slug), site.site.url),
          }
        : null,
  };
}

export function embedBannerHtml(site: SiteModel): string {
  const { incident } = embedStatus(site);
  const home = escapeHtml(site.site.url);
  const body = incident
    ? `<p class="title"><a href="${escapeHtml(incident.url)}" target="_top">${escapeHtml(incident.title)}</a></p>
<p><strong class="tag">${escapeHtml(incident.phaseLabel)}</strong> Last updated <time datetime="${escapeHtml(incident.lastUpdated)}">${escapeHtml(incident.lastUpdatedText)}</time></p>
<p><a href="${escapeHtml(incident.url)}" target="_top">Read the latest updates</a></p>`
    : `<p class="title"><a href="${home}" target="_top">${escapeHtml(site.site.title)}</a></p><p>There is no current incident.</p>`;
  return `<!doctype html>
<html lang="${escapeHtml(site.site.language)}">
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
