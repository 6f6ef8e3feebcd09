import { notFound } from "next/navigation";
import { fileResponse } from "@/lib/responses";
import { getSite } from "@/lib/site";
import { STATUSPAGE_FILES } from "@/lib/statuspage";

// /api/v2/summary.json, status.json, components.json and incidents.json.
export const dynamic = "force-static";
export const dynamicParams = false;

const FILES = ["summary.json", "status.json", "components.json", "incidents.json"] as const;

export function generateStaticParams() {
  return FILES.map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const name = FILES.find((f) => f === file);
  if (!name) notFound();
  return fileResponse(JSON.stringify(STATUSPAGE_FILES[name](getSite()), null, 2), "json");
}
