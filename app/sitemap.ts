import type { MetadataRoute } from "next";
import { absoluteUrl, samePageIn, sitePages } from "@/lib/routes";
import { getSite } from "@/lib/site";
import { lastModifiedByPath, pageLastModified } from "@/lib/sitemap";

export const dynamic = "force-static";

/** Every page in every language; with other languages, each lists its twins as hreflang alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  const site = getSite();
  const known = lastModifiedByPath(site);
  const { languages } = site;
  const all = [languages.default, ...languages.others];
  const languageOf = (path: string) => languages.others.find((l) => path.startsWith(`/${l}/`)) ?? languages.default;
  return [...sitePages(site).keys()]
    .filter((path) => path.endsWith("/"))
    .map((path) => {
      const lang = languageOf(path);
      const bare = samePageIn(path, lang, languages.default, languages.default);
      const entry: MetadataRoute.Sitemap[number] = { url: absoluteUrl(path, site.site.url), lastModified: pageLastModified(site, bare, known) };
      if (languages.others.length > 0) {
        entry.alternates = {
          languages: Object.fromEntries(
            all.map((code) => [code === languages.default ? languages.defaultTag : code, absoluteUrl(samePageIn(bare, languages.default, code, languages.default), site.site.url)]),
          ),
        };
      }
      return entry;
    });
}
