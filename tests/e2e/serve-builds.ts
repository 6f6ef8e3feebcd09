/**
 * Playwright's web server: builds each test site with the real build (the checker, next
 * build, the card step and the post-export step) with the network unavailable
 * (scripts/offline), and serves each export with the same server as `npm start`. What
 * each build tried to reach goes to `<outDir>.offline.json` for tests/e2e/offline.spec.ts.
 * Set E2E_REUSE_BUILD=1 to serve existing builds as they are.
 *
 * The generated sites (E2E_GENERATED, default 1,000 and 5,000 updates) are written by
 * the benchmark's generator first. The first build compiles; the others only render
 * (scripts/next-build.ts), so each extra site costs its pages, not a compile.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateContent } from "../../bench/generate";
import { loadContent } from "../../lib/content/load";
import { runOffline } from "../../scripts/offline/offline";
import { createStaticServer } from "../../scripts/serve";
import { GENERATED_SIZES, generatedSite, offlineRecord, SITES, type SiteName } from "./sites";

const order: SiteName[] = ["xss", "unicode", "welsh", "fixture", "real", ...GENERATED_SIZES.map(generatedSite)];
/** The 5,000-update site is only checked as files. */
const served = order.filter((name) => name !== "generated5000");

for (const name of order) {
  const site = SITES[name];
  if (process.env.E2E_REUSE_BUILD && existsSync(join(site.outDir, "index.html"))) continue;
  if (name === "generated1000" || name === "generated5000") generateContent(resolve(site.contentDir), name === "generated1000" ? 1000 : 5000);
  console.log(`Building the ${name} site from ${site.contentDir}, offline ...`);
  const started = performance.now();
  const log = resolve(`${site.outDir}.network.log`);
  rmSync(log, { force: true });
  const build = runOffline(resolve("node_modules/.bin/tsx"), ["scripts/build.ts"], log, {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: site.contentDir, OUT_DIR: site.outDir },
  });
  process.stdout.write(build.stdout ?? "");
  const attempts = existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean) : [];
  const warnings = String(build.stdout ?? "").split("\n").filter((line) => / warning: /.test(line));
  writeFileSync(offlineRecord(site.outDir), JSON.stringify({ mode: build.mode, status: build.status, attempts, warnings }, null, 2));
  if (build.status !== 0) {
    console.error(`The ${name} site did not build.`);
    process.exit(1);
  }
  console.log(`Built the ${name} site in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

for (const name of served) {
  const site = SITES[name];
  const { content } = loadContent(resolve(site.contentDir));
  const orgUrls = content?.site.organisations.map((o) => o.url) ?? [];
  createStaticServer(resolve(site.outDir), orgUrls).listen(site.port, "127.0.0.1", () => {
    console.log(`Serving the ${name} site on http://127.0.0.1:${site.port}/`);
  });
}
