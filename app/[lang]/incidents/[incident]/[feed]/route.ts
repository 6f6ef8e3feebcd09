import { incidentFeedGET, languageIncidentFeedParams } from "@/lib/feed-routes";

// /<lang>/incidents/<incident>/feed.xml, atom.xml and feed.json: one incident's updates in another language.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = languageIncidentFeedParams;
export const GET = incidentFeedGET;
