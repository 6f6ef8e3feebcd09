import { fileResponse } from "@/lib/responses";
import { getSite } from "@/lib/site";
import { STATUSPAGE_FILES } from "@/lib/statuspage";

export const dynamic = "force-static";

export function GET() {
  return fileResponse(JSON.stringify(STATUSPAGE_FILES["incidents/unresolved.json"](getSite()), null, 2), "json");
}
