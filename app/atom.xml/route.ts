import { siteFeed } from "@/lib/feed-routes";

// /atom.xml: every update of every incident, in the site's default language.
export const dynamic = "force-static";
export const GET = siteFeed("atom.xml");
