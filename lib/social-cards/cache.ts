/**
 * Drawn cards, kept in node_modules/.cache by a hash of what they show and of what draws
 * them (the layout's version, the font and emoji packages): a rebuild after one new update
 * draws that update's card and its incident's, not all of them again.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DrawnCard } from "./draw";

export const CARD_CACHE_DIR = join(process.cwd(), "node_modules", ".cache", "council-incident-status", "cards");

export function cardKey(inputs: unknown, drawer: string): string {
  return createHash("sha256").update(drawer).update("\0").update(JSON.stringify(inputs)).digest("hex").slice(0, 32);
}

export function readCachedCard(key: string, dir = CARD_CACHE_DIR): DrawnCard | undefined {
  try {
    const png = new Uint8Array(readFileSync(join(dir, `${key}.png`)));
    const missing = JSON.parse(readFileSync(join(dir, `${key}.json`), "utf8")).missing as string[];
    return { png, missing };
  } catch {
    return undefined; // Not drawn yet.
  }
}

export function writeCachedCard(key: string, card: DrawnCard, dir = CARD_CACHE_DIR): void {
  try {
    mkdirSync(dir, { recursive: true });
    for (const [ext, data] of [["json", JSON.stringify({ missing: card.missing })], ["png", card.png]] as const) {
      const tmp = join(dir, `${key}.${ext}.${process.pid}.tmp`);
      writeFileSync(tmp, data);
      renameSync(tmp, join(dir, `${key}.${ext}`));
    }
  } catch {
    // A read-only checkout still builds; it just draws every time.
  }
}
