/**
 * Playwright's web server: builds each test site with the real `npm run build` (the
 * checker, next build and the post-export step) and serves each export with the same
 * server as `npm start`. Set E2E_REUSE_BUILD=1 to serve existing builds as they are.
 *
 * The generated sites (E2E_GENERATED, default 1,000 and 5,000 updates) are written by
 * the benchmark's generator first. The first build compiles; the others only render
 * (scripts/next-build.ts), so each extra site costs its pages, not a compile.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateContent } from "../../bench/generate";
import { loadContent } from "../../lib/content/load";
import { createStaticServer } from "../../scripts/serve";
import { GENERATED_SIZES, generatedSite, SITES, type SiteName } from "./sites";

const order: SiteName[] = ["xss", "fixture", "real", ...GENERATED_SIZES.map(generatedSite)];
const served: SiteName[] = ["xss", "fixture", "real", ...(GENERATED_SIZES.includes(1000) ? (["generated1000"] as const) : [])];

for (const name of order) {
  const site = SITES[name];
  if (process.env.E2E_REUSE_BUILD && existsSync(join(site.outDir, "index.html"))) continue;
  if (name.startsWith("generated")) generateContent(resolve(site.contentDir), name === "generated1000" ? 1000 : 5000);
  console.log(`Building the ${name} site from ${site.contentDir} ...`);
  const started = performance.now();
  const build = spawnSync("npm", ["run", "build"], {
    stdio: "inherit",
    env: { ...process.env, CONTENT_DIR: site.contentDir, OUT_DIR: site.outDir },
  });
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
