import type { MetadataRoute } from "next";
import { sitePages } from "@/lib/routes";
import { getSite } from "@/lib/site";
import { pageLastModified } from "@/lib/sitemap";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const site = getSite();
  return [...sitePages(site).keys()]
    .filter((path) => path.endsWith("/"))
    .map((path) => ({ url: new URL(path, site.site.url).href, lastModified: pageLastModified(site, path) }));
}
