import { embedBannerHtml } from "@/lib/embed";
import { fileResponse } from "@/lib/responses";
import { getSite } from "@/lib/site";

export const dynamic = "force-static";

export function GET() {
  return fileResponse(embedBannerHtml(getSite()), "html");
}
