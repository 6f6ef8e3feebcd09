/**
 * Emoji on social cards, drawn from Twemoji's SVG artwork in the installed @twemoji/svg
 * package (graphics CC-BY 4.0, credited in the README): never fetched from a CDN.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
let dir: string | undefined;
const cache = new Map<string, string | undefined>();

/** Twemoji's file name for an emoji: its code points in hex, joined by hyphens. */
export function twemojiNames(emoji: string): string[] {
  const points = [...emoji].map((c) => c.codePointAt(0)!.toString(16));
  const full = points.join("-");
  // Twemoji drops the emoji variation selector (U+FE0F) from names, except in some
  // sequences joined with U+200D: try the name as typed, then without it.
  const bare = points.filter((p) => p !== "fe0f").join("-");
  return full === bare ? [full] : [bare, full];
}

/** The emoji's artwork as a data URI, or undefined when Twemoji has none. */
export function emojiImage(emoji: string): string | undefined {
  if (cache.has(emoji)) return cache.get(emoji);
  dir ??= dirname(require.resolve("@twemoji/svg/package.json"));
  let uri: string | undefined;
  for (const name of twemojiNames(emoji)) {
    const file = join(dir, `${name}.svg`);
    if (existsSync(file)) {
      uri = `data:image/svg+xml;base64,${readFileSync(file).toString("base64")}`;
      break;
    }
  }
  cache.set(emoji, uri);
  return uri;
}
