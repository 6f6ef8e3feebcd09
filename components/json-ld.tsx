import { serializeJsonLd } from "@/lib/structured-data";

/**
 * Structured data: the one script element a page may have. Browsers never execute
 * `application/ld+json`, and the serialiser escapes `<`, `>` and `&`, so a title cannot
 * break out. React writes a script's text child as it is, so no
 * dangerouslySetInnerHTML is needed.
 */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json">{serializeJsonLd(data)}</script>;
}
