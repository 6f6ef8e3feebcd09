import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { headersFor } from "../../lib/headers";
import { NGINX_TEMP_DIRS, nginxServerBlock, nginxStandaloneConfig } from "../../lib/host-configs";
import { contentOf } from "./pages";
import { SITES } from "./sites";

/**
 * The generated nginx config, served for real: Debian's nginx (installed by .ci/run)
 * serves the built export on loopback with the exact server block the build ships.
 */
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
const PORT = Number(process.env.E2E_PORT_BASE ?? 4310) + 3;
const base = `http://127.0.0.1:${PORT}`;
let nginx: ChildProcess | undefined;

test.describe.configure({ mode: "serial" });
test.skip(!NGINX, "nginx is not installed (CI installs Debian's nginx; apt-get install nginx to run this here)");

test.beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "nginx-test-"));
  for (const t of NGINX_TEMP_DIRS) mkdirSync(join(dir, t));
  const orgUrls = contentOf("real").site.organisations.map((o) => o.url);
  const server = nginxServerBlock({ root: resolve(SITES.real.outDir), listen: `127.0.0.1:${PORT}`, orgUrls });
  writeFileSync(join(dir, "nginx.conf"), nginxStandaloneConfig(dir, server, 256));
  const check = spawnSync(NGINX!, ["-t", "-c", join(dir, "nginx.conf"), "-p", dir, "-e", join(dir, "error.log")], { encoding: "utf8" });
  expect(check.status, check.stderr).toBe(0);
  nginx = spawn(NGINX!, ["-c", join(dir, "nginx.conf"), "-p", dir, "-e", join(dir, "error.log")], { stdio: "ignore" });
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`${base}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error("nginx did not start");
});

test.afterAll(() => {
  nginx?.kill("SIGQUIT");
});

test("nginx serves every page with the headers from lib/headers.ts", async ({ request }) => {
  const orgUrls = contentOf("real").site.organisations.map((o) => o.url);
  for (const path of ["/", "/services/", "/advice/", "/feed.xml", "/api/v2/summary.json", "/embed/banner.html", "/embed/status.json", "/admin/", "/admin/sveltia-cms.js"]) {
    const res = await request.get(`${base}${path}`);
    expect(res.status(), path).toBe(200);
    const expected = headersFor(path, orgUrls);
    for (const [name, value] of Object.entries(expected)) {
      expect(res.headers()[name.toLowerCase()]?.replace(/; ?charset=utf-8/, ""), `${path} ${name}`).toBe(value.replace(/; ?charset=utf-8/, ""));
    }
  }
});

test("nginx sends the precompressed twin, redirects to the trailing slash and serves the 404 page", async ({ request }) => {
  const gz = await request.get(`${base}/services/`, { headers: { "Accept-Encoding": "gzip" } });
  expect(gz.headers()["content-encoding"]).toBe("gzip");
  const redirect = await request.get(`${base}/advice`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(301);
  expect(redirect.headers().location).toMatch(/\/advice\/$/);
  const missing = await request.get(`${base}/no-such-page/`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("Page not found");
  expect(missing.headers()["content-security-policy"]).toContain("script-src 'none'");
  const config = await request.get(`${base}/_headers`);
  expect(config.status()).toBe(404);
});
