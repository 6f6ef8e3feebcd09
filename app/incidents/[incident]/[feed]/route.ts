import { notFound } from "next/navigation";
import { FEED_FILES, feedSource, isFeedFile } from "@/lib/feeds";
import { fileResponse } from "@/lib/responses";
import { incidentParams } from "@/lib/routes";
import { findIncident, getSite } from "@/lib/site";

// /incidents/<incident>/feed.xml, atom.xml and feed.json: one incident's updates.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return incidentParams(getSite()).flatMap((p) => Object.keys(FEED_FILES).map((feed) => ({ ...p, feed })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ incident: string; feed: string }> }) {
  const { incident, feed } = await params;
  if (!isFeedFile(feed) || !findIncident(getSite(), incident)) notFound();
  const { render, type } = FEED_FILES[feed];
  return fileResponse(render(feedSource(getSite(), incident)), type);
}
