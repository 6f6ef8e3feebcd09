import type { MetadataRoute } from "next";
import { absoluteUrl, sitePages } from "@/lib/routes";
import { getSite } from "@/lib/site";
import { lastModifiedByPath, pageLastModified } from "@/lib/sitemap";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const site = getSite();
  const known = lastModifiedByPath(site);
  return [...sitePages(site).keys()]
    .filter((path) => path.endsWith("/"))
    .map((path) => ({ url: absoluteUrl(path, site.site.url), lastModified: pageLastModified(site, path, known) }));
}
