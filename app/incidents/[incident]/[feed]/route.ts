import { incidentFeedGET, incidentFeedParams } from "@/lib/feed-routes";

// /incidents/<incident>/feed.xml, atom.xml and feed.json: one incident's updates.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = incidentFeedParams;
export const GET = incidentFeedGET;
