/** When each page last changed, for the sitemap's lastmod. */
import { paths } from "./routes";
import type { SiteModel } from "./site";

export function pageLastModified(site: SiteModel, path: string): Date | undefined {
  const latest = (times: number[]) => (times.length ? new Date(Math.max(...times)) : undefined);
  const updateTime = (u: SiteModel["updates"][number]) => Math.max(u.published, ...u.revisions.map((r) => r.at));
  for (const u of site.updates) {
    if (path === paths.update(u.incident, u.slug)) return new Date(updateTime(u));
  }
  for (const i of site.incidents) {
    if (path === paths.incident(i.slug) || path === paths.incidentOldestFirst(i.slug)) {
      return latest([i.started, ...site.updates.filter((u) => u.incident === i.slug).map(updateTime)]);
    }
  }
  for (const s of site.services) {
    if (path === paths.service(s.slug)) return latest(site.serviceStates.get(s.slug)!.history.map((h) => h.update.published));
  }
  return latest(site.updates.map(updateTime));
}
