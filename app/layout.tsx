import type { Metadata, Viewport } from "next";
import { SiteFooter, SiteHeader, SkipLink } from "@/components/site-chrome";
import { getSite } from "@/lib/site";
import "./globals.css";

export function generateMetadata(): Metadata {
  const site = getSite();
  return {
    metadataBase: new URL(site.site.url),
    title: { default: site.site.title, template: `%s – ${site.site.title}` },
    description: site.featured?.summary ?? site.site.title,
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const site = getSite();
  return (
    <html lang={site.site.language}>
      <body>
        <SkipLink />
        <SiteHeader site={site} />
        <main id="main-content" tabIndex={-1} className="page-width">
          {children}
        </main>
        <SiteFooter site={site} />
      </body>
    </html>
  );
}
