import type { Metadata } from "next";
import type { PageLanguage } from "@/lib/i18n/page";
import type { SiteModel } from "@/lib/site";
import { SiteFooter, SiteHeader, SkipLink } from "./site-chrome";

/** The whole page around a route's content, in one language: `<html lang dir>`, header, main, footer. */
export function Document({ site, ui, children }: { site: SiteModel; ui: PageLanguage; children: React.ReactNode }) {
  return (
    <html lang={ui.htmlLang} dir={ui.dir === "rtl" ? "rtl" : undefined}>
      <body>
        <SkipLink ui={ui} />
        <SiteHeader site={site} ui={ui} />
        <main id="main-content" tabIndex={-1} className="page-width">
          {children}
        </main>
        <SiteFooter site={site} ui={ui} />
      </body>
    </html>
  );
}

/** The metadata every page of a language starts from: the site's name as the title's suffix. */
export function documentMetadata(site: SiteModel): Metadata {
  return {
    metadataBase: new URL(site.site.url),
    title: { default: site.site.title, template: `%s – ${site.site.title}` },
    description: site.featured?.summary ?? site.site.title,
    formatDetection: { telephone: false },
  };
}
