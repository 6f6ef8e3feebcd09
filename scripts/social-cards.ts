/**
 * The build's card step: draws every social card (lib/social-cards) into the export.
 *
 * A card that cannot be drawn never stops a publish: the step warns, naming the file and
 * line of the title it was drawing, and publishes the incident's card (or the site's)
 * in its place. Characters no bundled font has are drawn as boxes, with a warning.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Problem } from "../lib/content/problems";
import type { Content } from "../lib/content/types";
import { cardKey, readCachedCard, writeCachedCard } from "../lib/social-cards/cache";
import { socialCards } from "../lib/social-cards/cards";
import type { DrawnCard } from "../lib/social-cards/draw";
import { fontVersions } from "../lib/social-cards/fonts";
import type { CardText } from "../components/social-card";

/** Bump when the layout or the drawing changes, so cached cards are drawn again. */
const CARD_VERSION = "3";

const require = createRequire(import.meta.url);

/** A plain card for when nothing else can be drawn (for example, no image library on this platform). */
export const LAST_RESORT_CARD = fileURLToPath(new URL("../lib/social-cards/fallback.png", import.meta.url));

export type DrawCard = (text: CardText) => Promise<DrawnCard>;

export interface CardStepResult {
  drawn: number;
  fromCache: number;
  replaced: number;
  warnings: Problem[];
}

function drawerVersion(fontVersions: string): string {
  const twemoji = JSON.parse(readFileSync(require.resolve("@twemoji/svg/package.json"), "utf8")).version;
  return `${CARD_VERSION};${fontVersions};twemoji@${twemoji}`;
}

export async function writeSocialCards(outDir: string, content: Content, options: { draw?: DrawCard; cacheDir?: string } = {}): Promise<CardStepResult> {
  const result: CardStepResult = { drawn: 0, fromCache: 0, replaced: 0, warnings: [] };
  const warn = (source: { file: string; line: number }, message: string) =>
    result.warnings.push({ file: source.file, line: source.line, field: "title", message, severity: "warning" });
  const cards = socialCards(content);

  // The drawing libraries load only when a card is not in the cache: a rebuild after a
  // small change pays for the cards that changed, not for loading satori.
  let draw = options.draw;
  let unavailable = false;
  const drawer = options.draw ? "injected" : drawerVersion(fontVersions());
  const loadDrawing = async (): Promise<DrawCard | undefined> => {
    if (draw || unavailable) return draw;
    try {
      draw = (await import("../lib/social-cards/draw")).drawCard;
    } catch (error) {
      unavailable = true;
      warn(cards[0].source, `social cards cannot be drawn on this machine (${firstLine(error)}); every page shares a plain card until they can`);
    }
    return draw;
  };

  const published = new Map<string, Uint8Array>();
  for (const card of cards) {
    const key = cardKey(card.text, drawer);
    let drawn = options.draw ? undefined : readCachedCard(key, options.cacheDir);
    if (drawn) result.fromCache++;
    else {
      const drawNow = await loadDrawing();
      if (drawNow) {
        try {
          drawn = await drawNow(card.text);
          result.drawn++;
          if (!options.draw) writeCachedCard(key, drawn, options.cacheDir);
        } catch (error) {
          const instead = card.fallback?.what ?? "a plain card";
          warn(card.source, `the social card ${card.path} could not be drawn (${firstLine(error)}); ${instead} is published in its place`);
        }
      }
    }
    if (drawn && drawn.missing.length > 0) {
      const text = drawn.missing.join(" ");
      const sample = [...text].length > 24 ? `${[...text].slice(0, 24).join("")}…` : text;
      warn(card.source, `the social card ${card.path} shows boxes for ${describeScripts(text)} ("${sample}"): no font bundled for cards has ${drawn.missing.length === 1 && [...text].length === 1 ? "that character" : "those characters"}. The page itself shows the text as written`);
    }
    let png = drawn?.png;
    if (!png) {
      result.replaced++;
      png = (card.fallback && published.get(card.fallback.path)) || new Uint8Array(readFileSync(LAST_RESORT_CARD));
    }
    published.set(card.path, png);
    const file = join(outDir, card.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png);
  }
  return result;
}

/** "the Tamil text", "the Thai and Tamil text", or "characters" when no named script fits. */
export function describeScripts(text: string): string {
  const names = SCRIPTS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  if (names.length === 0) return "characters";
  return `the ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`} text`;
}

const SCRIPTS: [string, RegExp][] = (
  ["Tamil", "Telugu", "Kannada", "Malayalam", "Sinhala", "Oriya", "Thai", "Lao", "Khmer", "Myanmar", "Tibetan", "Ethiopic", "Hebrew", "Armenian", "Georgian", "Hangul", "Hiragana", "Katakana", "Thaana", "Syriac", "Mongolian", "Cherokee"] as const
).map((name) => [name === "Oriya" ? "Odia" : name === "Hangul" ? "Korean" : name === "Hiragana" || name === "Katakana" ? `Japanese ${name}` : name, new RegExp(`\\p{Script=${name}}`, "u")]);

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}
