import type { MetadataRoute } from "next";
import { getSite } from "@/lib/site";

export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  const site = getSite();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/embed/", "/admin/"] },
    sitemap: new URL("/sitemap.xml", site.site.url).href,
  };
}
