/** When each page last changed, for the sitemap's lastmod. */
import { paths } from "./routes";
import type { SiteModel } from "./site";

type Update = SiteModel["updates"][number];
const updateTime = (u: Update) => Math.max(u.published, ...u.revisions.map((r) => r.at));
const latest = (times: number[]) => (times.length ? new Date(Math.max(...times)) : undefined);

/**
 * Every page whose last change is known: an update's page when it was published or last
 * corrected; an incident's page when anything in it changed; each oldest-first page when
 * one of its updates did; a service's page at its latest change. Built in one pass.
 */
export function lastModifiedByPath(site: SiteModel): Map<string, Date | undefined> {
  const out = new Map<string, Date | undefined>();
  for (const u of site.updates) out.set(paths.update(u.incident, u.slug), new Date(updateTime(u)));
  for (const i of site.incidents) {
    const layout = site.timelines.get(i.slug);
    if (!layout) continue;
    out.set(paths.incident(i.slug), latest([i.started, ...layout.updates.map(updateTime)]));
    layout.pages.forEach((page, n) => out.set(paths.incidentOldestFirst(i.slug, n + 1), latest([i.started, ...page.map(updateTime)])));
  }
  for (const s of site.services) out.set(paths.service(s.slug), latest(site.serviceStates.get(s.slug)!.history.map((h) => h.update.published)));
  return out;
}

/** One page's last change; any other page changes with the latest update. */
export function pageLastModified(site: SiteModel, path: string, known = lastModifiedByPath(site)): Date | undefined {
  return known.has(path) ? known.get(path) : latest(site.updates.map(updateTime));
}
