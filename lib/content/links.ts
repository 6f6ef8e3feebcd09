/**
 * The one link policy, used by the checker and by the renderer: https, mailto, tel,
 * site-relative (`/advice/#report-fraud`) and fragments (`#what-to-do`); nothing else is
 * ever a link.
 */

export type LinkKind = "https" | "mailto" | "tel" | "site" | "fragment";

export type LinkVerdict = { ok: true; kind: LinkKind; href: string } | { ok: false; reason: string };

export function classifyLink(raw: string): LinkVerdict {
  const url = raw.trim();
  if (url === "") return { ok: false, reason: "the link has no address" };
  if (url.startsWith("#")) return { ok: true, kind: "fragment", href: url };
  if (url.startsWith("//")) {
    return { ok: false, reason: `"${url}" has no scheme: write it in full, starting with https://` };
  }
  if (url.startsWith("/")) {
    if (/[\s\\]/.test(url)) return { ok: false, reason: `"${url}" contains spaces or backslashes` };
    return { ok: true, kind: "site", href: normaliseSitePath(url) };
  }
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  // The scheme is written in lower case whatever the writer typed (`Https://`).
  const rest = url.slice(scheme ? scheme.length : 0);
  if (scheme === "https") {
    try {
      const u = new URL(url);
      if (!u.hostname) throw new Error("no host");
      return { ok: true, kind: "https", href: `https${rest}` };
    } catch {
      return { ok: false, reason: `"${url}" is not a valid web address` };
    }
  }
  if (scheme === "mailto") return { ok: true, kind: "mailto", href: `mailto${rest}` };
  if (scheme === "tel") return { ok: true, kind: "tel", href: `tel${rest}` };
  if (scheme === "http") {
    return { ok: false, reason: `"${url}" uses http://, which is not allowed: use https://` };
  }
  if (scheme) {
    return { ok: false, reason: `"${url}" uses ${scheme}:, which is not allowed: use https:, mailto:, tel: or a page on this site` };
  }
  if (/^www\./i.test(url)) {
    return { ok: false, reason: `"${url}" needs https:// at the start` };
  }
  return {
    ok: false,
    reason: `"${url}" is a relative address: start it with / for a page on this site (like /advice/) or https:// for another site`,
  };
}

/**
 * `/advice#x` → `/advice/#x`: every page ends in `/`, so a missing slash is added rather
 * than sending a reader through a redirect (or a 404 on a bare static host). Paths with
 * a file extension (`/feed.xml`) are left alone.
 */
export function normaliseSitePath(url: string): string {
  const match = /^([^?#]*)(.*)$/.exec(url)!;
  let path = match[1];
  const rest = match[2];
  const last = path.split("/").pop() ?? "";
  if (!path.endsWith("/") && !last.includes(".")) path += "/";
  return path + rest;
}

/** The path part of a site link (`/advice/#x` → `/advice/`), and its fragment if any. */
export function splitSitePath(href: string): { path: string; fragment?: string } {
  const hash = href.indexOf("#");
  const beforeHash = hash === -1 ? href : href.slice(0, hash);
  const path = beforeHash.split("?")[0];
  return { path, fragment: hash === -1 ? undefined : safeDecode(href.slice(hash + 1)) || undefined };
}

/** `%20` → space; a malformed escape (`%E0%A4%A`) is kept as written rather than thrown. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The host a reader sees for an external link: `www.ncsc.gov.uk` → `ncsc.gov.uk`. */
export function displayDomain(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

/**
 * `020 7946 0000` → `tel:+442079460000` for UK numbers, else the digits as written.
 * The trunk `(0)` in `+44 (0)20 7946 0000` is not dialled after a country code.
 */
export function telHref(phone: string): string {
  const compact = phone.replace(/^(\+\d+)\s*\(0\)/, "$1").replace(/[\s()]/g, "");
  if (compact.startsWith("+")) return `tel:${compact}`;
  if (compact.startsWith("0") && compact.length >= 10) return `tel:+44${compact.slice(1)}`;
  return `tel:${compact}`;
}
