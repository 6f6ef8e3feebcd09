import type { Metadata, Viewport } from "next";
import { Document, documentMetadata } from "@/components/document";
import { siteForPage } from "@/lib/site";

// The root layout of the site's default language (no prefix). app/[lang]/layout.tsx is
// the same for each other language, under /<lang>/.
export async function generateMetadata(): Promise<Metadata> {
  return documentMetadata((await siteForPage()).site);
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

export default async function DefaultLanguageLayout({ children }: { children: React.ReactNode }) {
  const { site, ui } = await siteForPage();
  return (
    <Document site={site} ui={ui}>
      {children}
    </Document>
  );
}
