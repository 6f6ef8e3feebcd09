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

/** The browser editor's folder: the only place any script runs. */
export const EDITOR_PATH = "/admin/";

export function isEditorPath(pathname: string): boolean {
  return pathname === EDITOR_PATH.slice(0, -1) || pathname.startsWith(EDITOR_PATH);
}

/**
 * The editor (Sveltia CMS, served from this origin) needs its own script and the inline
 * styles its components set, talks to the GitHub API and shows images from the repository.
 * Nothing else.
 */
export function editorContentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: data: blob:",
    "font-src 'self'",
    "connect-src 'self' data: https://api.github.com",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
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
  const isEditor = isEditorPath(pathname);
  const headers: Record<string, string> = {
    ...COMMON,
    "Content-Security-Policy": isEditor
      ? editorContentSecurityPolicy()
      : contentSecurityPolicy(isEmbed ? ["'self'", ...embedOrigins(organisationUrls)] : []),
  };
  if (!isEmbed) headers["X-Frame-Options"] = "DENY";
  if (isEditor) {
    // Signing in with GitHub opens the authenticator in a pop-up that hands the token back
    // to this window: same-origin would cut that link.
    headers["Cross-Origin-Opener-Policy"] = "same-origin-allow-popups";
    headers["X-Robots-Tag"] = "noindex, nofollow";
  }
  if (PUBLIC_DATA.test(pathname)) headers["Access-Control-Allow-Origin"] = "*";
  const type = contentTypeFor(pathname);
  if (type) headers["Content-Type"] = type;
  headers["Cache-Control"] = pathname.startsWith("/_next/static/")
    ? "public, max-age=31536000, immutable"
    : "public, max-age=0, must-revalidate";
  return headers;
}
