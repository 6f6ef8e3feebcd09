/** The two sites the browser tests run against, each a real static export. */
export const SITES = {
  /** The real content in content/. */
  real: { contentDir: "content", outDir: "out-e2e/real", port: 4311 },
  /** A small content folder with known answers (tests/fixtures/e2e-site). */
  fixture: { contentDir: "tests/fixtures/e2e-site", outDir: "out-e2e/fixture", port: 4312 },
  /** Hostile text in every field (tests/fixtures/xss). */
  xss: { contentDir: "tests/fixtures/xss", outDir: "out-e2e/xss", port: 4314 },
} as const;

export type SiteName = keyof typeof SITES;

export function baseUrl(site: SiteName): string {
  return `http://127.0.0.1:${SITES[site].port}`;
}
