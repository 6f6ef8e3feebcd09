import { siteFeed } from "@/lib/feed-routes";

// /feed.json: every update of every incident, in the site's default language.
export const dynamic = "force-static";
export const GET = siteFeed("feed.json");
