/** Build-time file responses for route handlers in the static export. */
export const CONTENT_TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/json; charset=utf-8",
  feedJson: "application/feed+json; charset=utf-8",
  html: "text/html; charset=utf-8",
} as const;

export function fileResponse(body: string, type: keyof typeof CONTENT_TYPES): Response {
  return new Response(body, { headers: { "Content-Type": CONTENT_TYPES[type] } });
}
