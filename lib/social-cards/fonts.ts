/**
 * The fonts social cards are drawn with, all from installed @fontsource packages (no
 * network): Noto Sans for Latin (Welsh, Polish and every other Latin alphabet), Greek,
 * Cyrillic and Devanagari, and the Noto families for Arabic and Urdu, Bengali, Gujarati,
 * Gurmukhi (Punjabi) and Simplified Chinese.
 *
 * Each package splits a family into subsets, with the characters each covers in its
 * CSS `unicode-range`. A card loads only the subsets its text needs: the Chinese family
 * alone is a hundred files, and parsing them all for a card in English would cost more
 * than drawing it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface CardFont {
  /** One name per subset file: satori keeps one font per name and weight, so subsets sharing their family's name would hide each other. */
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: "normal";
}

interface Face {
  family: string;
  /** The subset's own name, e.g. "noto-sans-latin-ext". */
  name: string;
  weight: 400 | 700;
  file: string;
  ranges: [number, number][];
}

/** The bundled families, in the order they are tried for a character. */
export const FONT_PACKAGES = [
  "@fontsource/noto-sans",
  "@fontsource/noto-sans-arabic",
  "@fontsource/noto-sans-bengali",
  "@fontsource/noto-sans-gujarati",
  "@fontsource/noto-sans-gurmukhi",
  "@fontsource/noto-sans-sc",
] as const;

const WEIGHTS = [400, 700] as const;

/** The font a card's text asks for first; every other chosen subset is a fallback. */
export const BASE_FONT = "noto-sans-latin";

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** `@font-face` rules of one fontsource CSS file: family, the .woff file and its ranges. */
export function parseFontFaces(css: string, dir: string, weight: 400 | 700): Face[] {
  const faces: Face[] = [];
  for (const block of css.split("@font-face").slice(1)) {
    const family = /font-family:\s*'([^']+)'/.exec(block)?.[1];
    const file = /url\(\.\/(files\/[^)]+\.woff)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!family || !file || !range) continue;
    const ranges = range.split(",").map((part): [number, number] => {
      const [start, end] = part.trim().replace(/^U\+/i, "").split("-");
      return [parseInt(start, 16), parseInt(end ?? start, 16)];
    });
    faces.push({ family, name: file.replace(/^files\//, "").replace(/-\d+-normal\.woff$/, ""), weight, file: join(dir, file), ranges });
  }
  return faces;
}

let faceIndex: Face[] | undefined;

function faces(): Face[] {
  faceIndex ??= FONT_PACKAGES.flatMap((name) => {
    const dir = packageDir(name);
    return WEIGHTS.flatMap((weight) => parseFontFaces(readFileSync(join(dir, `${weight}.css`), "utf8"), dir, weight));
  });
  return faceIndex;
}

const EMOJI_PART = /\p{Extended_Pictographic}|\p{Emoji_Component}|\uFE0F/u;

const covers = (face: Face, cp: number) => face.ranges.some(([a, b]) => cp >= a && cp <= b);

const fontData = new Map<string, Buffer>();
const fontSets = new Map<string, CardFont[]>();

/**
 * The fonts for a card's text: Noto Sans's Latin subsets always, and for every other
 * character the first bundled subset that covers it. The same text needs return the same
 * array, so satori reuses the fonts it has already parsed.
 */
export function fontsFor(text: string): CardFont[] {
  const all = faces();
  const chosen = new Set<Face>(all.filter((f) => f.name === BASE_FONT || f.name === "noto-sans-latin-ext"));
  const seen = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    // Latin and Latin Extended are always loaded; emoji are drawn as pictures (emoji.ts),
    // and the Chinese family's subsets that cover emoji code points must not claim them.
    if (cp < 0x250 || seen.has(cp) || EMOJI_PART.test(ch)) continue;
    seen.add(cp);
    const family = all.find((f) => covers(f, cp))?.family;
    if (family) for (const f of all) if (f.family === family && covers(f, cp)) chosen.add(f);
  }
  const list = all.filter((f) => chosen.has(f));
  const key = list.map((f) => f.file).join("|");
  let set = fontSets.get(key);
  if (!set) {
    set = list.map((f) => {
      let data = fontData.get(f.file);
      if (!data) fontData.set(f.file, (data = readFileSync(f.file)));
      return { name: f.name, data, weight: f.weight, style: "normal" as const };
    });
    fontSets.set(key, set);
  }
  return set;
}

/** Versions of the font packages, so cached cards are drawn again when a font changes. */
export function fontVersions(): string {
  return FONT_PACKAGES.map((name) => `${name}@${JSON.parse(readFileSync(join(packageDir(name), "package.json"), "utf8")).version}`).join(",");
}
