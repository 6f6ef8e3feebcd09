import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticServer } from "@/scripts/serve";

const root = mkdtempSync(join(tmpdir(), "export-"));
const page = "<!doctype html><title>Services</title>".repeat(40);
let base = "";
let close = () => {};

beforeAll(async () => {
  mkdirSync(join(root, "services"));
  writeFileSync(join(root, "services", "index.html"), page);
  writeFileSync(join(root, "services", "index.html.br"), brotliCompressSync(page));
  writeFileSync(join(root, "services", "index.html.gz"), gzipSync(page));
  writeFileSync(join(root, "feed.xml"), "<rss/>");
  writeFileSync(join(root, "404.html"), "<h1>Page not found</h1>");
  writeFileSync(join(root, "_headers"), "/*\n  X: y\n");
  const server = createStaticServer(root, ["https://council.example.org"]);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

describe("npm start's server", () => {
  it("sends the brotli twin to a browser that takes it, gzip to one that takes only gzip, with the site's headers", async () => {
    const br = await fetch(`${base}/services/`, { headers: { "Accept-Encoding": "br, gzip" } });
    expect(br.status).toBe(200);
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(await br.text()).toBe(page); // fetch decodes it
    expect(br.headers.get("content-security-policy")).toContain("script-src 'none'");
    expect(br.headers.get("vary")).toBe("Accept-Encoding");
    const gz = await fetch(`${base}/services/`, { headers: { "Accept-Encoding": "gzip" } });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gz.headers.get("etag")).not.toBe(br.headers.get("etag"));
  });

  it("answers a repeat visit with 304 Not Modified", async () => {
    const first = await fetch(`${base}/services/`, { headers: { "Accept-Encoding": "br" } });
    const again = await fetch(`${base}/services/`, { headers: { "Accept-Encoding": "br", "If-None-Match": first.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });

  it("serves feeds as feeds, open to other sites' widgets", async () => {
    const res = await fetch(`${base}/feed.xml`);
    expect(res.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("redirects a page address without its slash, and gives the 404 page for anything else", async () => {
    const redirect = await fetch(`${base}/services`, { redirect: "manual" });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get("location")).toBe("/services/");
    for (const path of ["/nothing-here/", "/_headers"]) {
      const missing = await fetch(`${base}${path}`);
      expect(missing.status, path).toBe(404);
      expect(await missing.text()).toContain("Page not found");
    }
  });
});
