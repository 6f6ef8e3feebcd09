import { resolve } from "node:path";
import { publishedOnly } from "../../lib/content/derive";
import { loadContent } from "../../lib/content/load";
import type { Content } from "../../lib/content/types";
import { sitePages } from "../../lib/routes";
import { SITES, type SiteName } from "./sites";

export function contentOf(site: SiteName): Content {
  const { content } = loadContent(resolve(SITES[site].contentDir), { publicDir: resolve("public") });
  if (!content) throw new Error(`the ${site} test content does not load`);
  return content;
}

/** Every HTML page the site builds (data files left out), from the same list as the routes. */
export function pagePaths(site: SiteName): string[] {
  return [...sitePages(publishedOnly(contentOf(site))).keys()].filter((p) => p.endsWith("/"));
}

/** One page of each kind, for the slower checks. */
export function pageKinds(site: SiteName): string[] {
  const content = publishedOnly(contentOf(site));
  const incident = content.incidents[0].slug;
  const update = content.updates.find((u) => u.incident === incident)!.slug;
  return [
    "/",
    "/incidents/",
    `/incidents/${incident}/`,
    `/incidents/${incident}/oldest-first/`,
    `/incidents/${incident}/updates/${update}/`,
    "/services/",
    `/services/${content.services[0].slug}/`,
    `/organisations/${content.site.organisations[0].id}/`,
    "/advice/",
    "/accessibility/",
    "/this-page-does-not-exist/",
  ];
}
