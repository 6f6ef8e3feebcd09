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
} as const;

export type SiteName = keyof typeof SITES;

export function baseUrl(site: SiteName): string {
  return `http://127.0.0.1:${SITES[site].port}`;
}

/** Where a site's offline build recorded how it ran, what it tried to reach and its warnings. */
export function offlineRecord(outDir: string): string {
  return `${outDir}.offline.json`;
}
