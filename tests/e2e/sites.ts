/**
 * The sites the browser tests run against, each a real static export. Ports start at
 * E2E_PORT_BASE (default 4310), so two checkouts can run the suite side by side.
 */
const BASE = Number(process.env.E2E_PORT_BASE ?? 4310);

export const SITES = {
  /** The real content in content/. */
  real: { contentDir: "content", outDir: "out-e2e/real", port: BASE + 1 },
  /** A small content folder with known answers (tests/fixtures/e2e-site). */
  fixture: { contentDir: "tests/fixtures/e2e-site", outDir: "out-e2e/fixture", port: BASE + 2 },
  /** Hostile text in every field (tests/fixtures/xss). */
  xss: { contentDir: "tests/fixtures/xss", outDir: "out-e2e/xss", port: BASE + 4 },
  /** Emoji, Welsh, Arabic, Bengali, Chinese, Polish... in every field (tests/fixtures/unicode). */
  unicode: { contentDir: "tests/fixtures/unicode", outDir: "out-e2e/unicode", port: BASE + 5 },
  /** A council in Wales: English and Welsh in full, one advice page in Arabic (tests/fixtures/welsh-site). */
  welsh: { contentDir: "tests/fixtures/welsh-site", outDir: "out-e2e/welsh", port: BASE + 6 },
  /** Long incidents: the benchmark's generated content (bench/generate.ts), 1,000 updates. */
  generated1000: { contentDir: "bench/content-1000", outDir: "out-e2e/generated-1000", port: BASE + 7 },
  /** The same at 5,000 updates (built, not served: its pages are checked as files). */
  generated5000: { contentDir: "bench/content-5000", outDir: "out-e2e/generated-5000", port: BASE + 8 },
} as const;

export type SiteName = keyof typeof SITES;

/**
 * The generated sites the suite builds: E2E_GENERATED, a comma-separated list of sizes
 * (default "1000,5000"); "" builds none (a quicker local run: their tests are skipped).
 */
export const GENERATED_SIZES: readonly number[] = (process.env.E2E_GENERATED ?? "1000,5000")
  .split(",")
  .filter((s) => s.trim() !== "")
  .map(Number)
  .filter((n) => n === 1000 || n === 5000);

export function generatedSite(updates: number): SiteName {
  return updates === 1000 ? "generated1000" : "generated5000";
}

/** Every site this run builds: the fixed ones and the generated sizes E2E_GENERATED asks for. */
export function builtSites(): SiteName[] {
  return [...(Object.keys(SITES) as SiteName[]).filter((s) => !s.startsWith("generated")), ...GENERATED_SIZES.map(generatedSite)];
}

export function baseUrl(site: SiteName): string {
  return `http://127.0.0.1:${SITES[site].port}`;
}

/** Where a site's offline build recorded how it ran, what it tried to reach and its warnings. */
export function offlineRecord(outDir: string): string {
  return `${outDir}.offline.json`;
}
