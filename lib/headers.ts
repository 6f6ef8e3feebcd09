/**
 * The one source of truth for HTTP response headers. `npm start` applies these, and the
 * shipped host configs are generated from them, so every way of serving the site says
 * the same thing.
 */

/** A site with no script needs no script source at all. */
export function contentSecurityPolicy(frameAncestors: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'none'",
    "style-src 'self'",
    "img-src 'self' https: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors.length ? frameAncestors.join(" ") : "'none'"}`,
    "upgrade-insecure-requests",
  ].join("; ");
}

/** Origins allowed to embed /embed/: the councils' own websites. */
export function embedOrigins(organisationUrls: readonly string[]): string[] {
  return [...new Set(organisationUrls.map((u) => new URL(u).origin))];
}

const COMMON: Record<string, string> = {
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Public data for other sites' widgets and aggregators. */
export const PUBLIC_DATA = /^\/(feed\.(xml|json)|atom\.xml|api\/v2\/.*\.json|embed\/status\.json|incidents\/[^/]+\/(feed\.xml|atom\.xml|feed\.json))$/;

/** Content types the file extension alone gets wrong (feeds are more than XML or JSON). */
export function contentTypeFor(pathname: string): string | undefined {
  if (/(^|\/)feed\.xml$/.test(pathname)) return "application/rss+xml; charset=utf-8";
  if (/(^|\/)atom\.xml$/.test(pathname)) return "application/atom+xml; charset=utf-8";
  if (/(^|\/)feed\.json$/.test(pathname)) return "application/feed+json; charset=utf-8";
  return undefined;
}

/** Every header for a response to `pathname`. */
export function headersFor(pathname: string, organisationUrls: readonly string[]): Record<string, string> {
  const isEmbed = pathname.startsWith("/embed/");
  const headers: Record<string, string> = {
    ...COMMON,
    "Content-Security-Policy": contentSecurityPolicy(isEmbed ? ["'self'", ...embedOrigins(organisationUrls)] : []),
  };
  if (!isEmbed) headers["X-Frame-Options"] = "DENY";
  if (PUBLIC_DATA.test(pathname)) headers["Access-Control-Allow-Origin"] = "*";
  const type = contentTypeFor(pathname);
  if (type) headers["Content-Type"] = type;
  headers["Cache-Control"] = pathname.startsWith("/_next/static/")
    ? "public, max-age=31536000, immutable"
    : "public, max-age=0, must-revalidate";
  return headers;
}
