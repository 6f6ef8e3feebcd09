/**
 * Social cards: how long one takes to draw and how big it is, for generated content
 * (English titles of every length) and for the Unicode test site (emoji and eight
 * scripts). Cards are drawn directly, without the cache, one after another on one core;
 * the first few draws (loading fonts and libraries) are reported apart.
 *
 *   npx tsx bench/cards.ts [--count 200]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadContent } from "../lib/content/load";
import { socialCards } from "../lib/social-cards/cards";
import { drawCard } from "../lib/social-cards/draw";
import { generateContent } from "./generate";
import { median, round } from "./stats";

export interface CardSample {
  cards: number;
  /** The first three draws: fonts parsed, libraries warmed. */
  startMs: number;
  msMedian: number;
  msP95: number;
  msMean: number;
  /** CPU time per card (all threads), less sensitive than wall time to a busy machine. */
  cpuMsMedian: number;
  bytesMean: number;
  bytesMax: number;
  /** Share of cards at or under 25 KB. */
  under25KbPct: number;
}

export interface CardResults {
  generated: CardSample;
  unicode: CardSample;
}

const WARM_UP = 3;

async function sample(contentDir: string, count: number): Promise<CardSample> {
  const { content } = loadContent(contentDir);
  if (!content) throw new Error(`${contentDir} does not load`);
  const cards = socialCards(content).slice(0, count + WARM_UP);
  const times: number[] = [];
  const cpu: number[] = [];
  const sizes: number[] = [];
  let startMs = 0;
  for (const [i, card] of cards.entries()) {
    const t = performance.now();
    const c = process.cpuUsage();
    const { png } = await drawCard(card.text);
    const ms = performance.now() - t;
    const used = process.cpuUsage(c);
    if (i < WARM_UP) startMs += ms;
    else {
      times.push(ms);
      cpu.push((used.user + used.system) / 1000);
      sizes.push(png.length);
    }
  }
  // A tiny site has fewer cards than the warm-up: then every draw counts.
  if (times.length === 0) throw new Error(`${contentDir} has too few cards to measure`);
  const sorted = [...times].sort((a, b) => a - b);
  return {
    cards: times.length,
    startMs: round(startMs),
    msMedian: round(median(times), 1),
    msP95: round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))], 1),
    msMean: round(times.reduce((a, b) => a + b, 0) / times.length, 1),
    cpuMsMedian: round(median(cpu), 1),
    bytesMean: Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length),
    bytesMax: Math.max(...sizes),
    under25KbPct: round((100 * sizes.filter((s) => s <= 25 * 1024).length) / sizes.length, 1),
  };
}

export async function measureCards(count: number, log: (line: string) => void = console.log): Promise<CardResults> {
  const dir = mkdtempSync(join(tmpdir(), "bench-cards-"));
  try {
    generateContent(dir, Math.max(count, 100));
    const generated = await sample(dir, count);
    log(`  generated content: ${generated.cards} cards, median ${generated.msMedian} ms (p95 ${generated.msP95}; CPU ${generated.cpuMsMedian} ms), mean ${generated.bytesMean} B (max ${generated.bytesMax}), ${generated.under25KbPct}% ≤ 25 KB; start ${generated.startMs} ms`);
    const unicode = await sample("tests/fixtures/unicode", count);
    log(`  unicode test site: ${unicode.cards} cards, median ${unicode.msMedian} ms (p95 ${unicode.msP95}; CPU ${unicode.cpuMsMedian} ms), mean ${unicode.bytesMean} B (max ${unicode.bytesMax}), ${unicode.under25KbPct}% ≤ 25 KB`);
    return { generated, unicode };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("cards.ts")) {
  const i = process.argv.indexOf("--count");
  await measureCards(i === -1 ? 200 : Number(process.argv[i + 1]));
}
