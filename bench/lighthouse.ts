/**
 * Lighthouse 12 (default config: mobile, simulated throttling) in Debian's headless
 * Chromium, against the real export served on 127.0.0.1 by the `npm start` server.
 * The four category scores (0–100) and LCP, TBT and CLS for each page kind; the median of
 * `runs` runs per page (each score and metric separately), with every run kept.
 */
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { median, round } from "./stats";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  "best-practices": number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

export interface LighthousePage extends LighthouseScores {
  path: string;
  runs: LighthouseScores[];
  /** Audits that scored below 1 in a category (in any run), with Lighthouse's title. */
  failedAudits: { id: string; title: string; category: string; displayValue?: string; items?: string[] }[];
  warnings: string[];
}

/** The first few rows of an audit's details table, as text (what exactly it flagged). */
function describeItems(details: unknown): string[] | undefined {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items;
  if (!Array.isArray(items) || items.length === 0) return undefined;
  return items.slice(0, 5).map((item) =>
    ["source", "description", "url", "sourceLocation", "node"]
      .map((key) => {
        const v = item[key];
        if (v === undefined || v === null) return undefined;
        if (typeof v === "object") {
          const o = v as { snippet?: string; selector?: string; url?: string; type?: string };
          return o.snippet ?? o.selector ?? o.url ?? o.type;
        }
        return String(v);
      })
      .filter(Boolean)
      .join(" ")
      .slice(0, 300),
  );
}

export type LighthouseResult = { ok: true; lighthouse: string; chromium: string; config: string; pages: Record<string, LighthousePage> } | { ok: false; reason: string };

export async function runLighthouse(base: string, pages: Record<string, string>, runs: number, log: (line: string) => void): Promise<LighthouseResult> {
  if (!existsSync(CHROMIUM)) return { ok: false, reason: `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)` };
  const out: Record<string, LighthousePage> = {};
  let version = "";
  let chromium = "";
  try {
    for (const [kind, path] of Object.entries(pages)) {
      const url = `${base}${path}`;
      const all: LighthouseScores[] = [];
      const failed = new Map<string, LighthousePage["failedAudits"][number]>();
      const warnings = new Set<string>();
      for (let i = 0; i < runs; i++) {
        // A fresh browser for every run: each page is measured as a first visit (a browser
        // that has already asked this site for /favicon.ico would not ask again).
        let chrome: chromeLauncher.LaunchedChrome;
        try {
          chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
        } catch (error) {
          return { ok: false, reason: `Chromium did not start: ${error instanceof Error ? error.message : String(error)}` };
        }
        let result: Awaited<ReturnType<typeof lighthouse>>;
        try {
          result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
        } finally {
          chrome.kill();
        }
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        version = lhr.lighthouseVersion;
        chromium = lhr.environment.hostUserAgent;
        for (const w of lhr.runWarnings) warnings.add(w);
        const score = (c: (typeof CATEGORIES)[number]) => {
          const s = lhr.categories[c]?.score;
          return s === null || s === undefined ? Number.NaN : Math.round(s * 100);
        };
        const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        all.push({
          performance: score("performance"),
          accessibility: score("accessibility"),
          "best-practices": score("best-practices"),
          seo: score("seo"),
          lcpMs: round(numeric("largest-contentful-paint")),
          tbtMs: round(numeric("total-blocking-time")),
          cls: round(numeric("cumulative-layout-shift"), 3),
        });
        for (const c of CATEGORIES) {
          for (const ref of lhr.categories[c]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
              failed.set(`${c}:${ref.id}`, { id: ref.id, title: audit.title, category: c, displayValue: audit.displayValue, items: describeItems(audit.details) });
            }
          }
        }
        log(`  lighthouse ${kind} ${i + 1}/${runs}: ${CATEGORIES.map((c) => `${c} ${score(c)}`).join(", ")}, LCP ${Math.round(numeric("largest-contentful-paint"))} ms`);
      }
      const med = (key: keyof LighthouseScores) => median(all.map((r) => r[key]));
      out[kind] = {
        path,
        performance: med("performance"),
        accessibility: med("accessibility"),
        "best-practices": med("best-practices"),
        seo: med("seo"),
        lcpMs: round(med("lcpMs")),
        tbtMs: round(med("tbtMs")),
        cls: round(med("cls"), 3),
        runs: all,
        failedAudits: [...failed.values()],
        warnings: [...warnings],
      };
    }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, lighthouse: version, chromium, config: "lighthouse default (mobile, simulated throttling), served over http on 127.0.0.1", pages: out };
}
