import { feedLanguageParams, siteFeed } from "@/lib/feed-routes";

// /<lang>/feed.json: the same feed in another full language.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = feedLanguageParams;
export const GET = siteFeed("feed.json");
