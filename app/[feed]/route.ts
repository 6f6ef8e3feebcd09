import { notFound } from "next/navigation";
import { FEED_FILES, feedSource, isFeedFile } from "@/lib/feeds";
import { fileResponse } from "@/lib/responses";
import { getSite } from "@/lib/site";

// /feed.xml, /atom.xml and /feed.json: every update of every incident.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(FEED_FILES).map((feed) => ({ feed }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ feed: string }> }) {
  const { feed } = await params;
  if (!isFeedFile(feed)) notFound();
  const { render, type } = FEED_FILES[feed];
  return fileResponse(render(feedSource(getSite())), type);
}
