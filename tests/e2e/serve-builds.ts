/**
 * Playwright's web server: builds each test site with the real `npm run build` (the
 * checker, next build and the post-export step) and serves each export with the same
 * server as `npm start`. Set E2E_REUSE_BUILD=1 to serve existing builds as they are.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadContent } from "../../lib/content/load";
import { createStaticServer } from "../../scripts/serve";
import { SITES } from "./sites";

const order = ["xss", "fixture", "real"] as const;

for (const name of order) {
  const site = SITES[name];
  if (process.env.E2E_REUSE_BUILD && existsSync(join(site.outDir, "index.html"))) continue;
  console.log(`Building the ${name} site from ${site.contentDir} ...`);
  const build = spawnSync("npm", ["run", "build"], {
    stdio: "inherit",
    env: { ...process.env, CONTENT_DIR: site.contentDir, OUT_DIR: site.outDir },
  });
  if (build.status !== 0) {
    console.error(`The ${name} site did not build.`);
    process.exit(1);
  }
}

for (const name of order) {
  const site = SITES[name];
  const { content } = loadContent(resolve(site.contentDir));
  const orgUrls = content?.site.organisations.map((o) => o.url) ?? [];
  createStaticServer(resolve(site.outDir), orgUrls).listen(site.port, "127.0.0.1", () => {
    console.log(`Serving the ${name} site on http://127.0.0.1:${site.port}/`);
  });
}
