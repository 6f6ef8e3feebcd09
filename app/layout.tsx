import type { Metadata, Viewport } from "next";
import { documentMetadata } from "@/components/document";
import { getSite } from "@/lib/site";
import "./globals.css";

// Each language has its own root element (`<html lang dir>`): app/(site)/layout.tsx for the
// default language, app/[lang]/layout.tsx for the others. This outer layout only passes
// through, so that the 404 page (app/not-found.tsx) has a layout too; its metadata is the
// 404 page's (the languages' layouts give their pages their own).
export function generateMetadata(): Metadata {
  return documentMetadata(getSite());
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

export default function PassThroughLayout({ children }: { children: React.ReactNode }) {
  return children;
}
