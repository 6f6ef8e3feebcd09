import type { Metadata, Viewport } from "next";
import { Document, documentMetadata } from "@/components/document";
import { languageParams, type LanguageParams } from "@/lib/routes";
import { getSite, siteForPage } from "@/lib/site";

// The root layout of every language but the default: the same pages under /<lang>/.
export const dynamicParams = false;

export function generateStaticParams() {
  return languageParams(getSite());
}

export async function generateMetadata({ params }: LanguageParams): Promise<Metadata> {
  return documentMetadata((await siteForPage(params)).site);
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

export default async function LanguageLayout({ children, params }: { children: React.ReactNode } & LanguageParams) {
  const { site, ui } = await siteForPage(params);
  return (
    <Document site={site} ui={ui}>
      {children}
    </Document>
  );
}
