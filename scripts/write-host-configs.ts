/**
 * Writes the host configs for a built site: `_headers` and `_redirects` inside the
 * export (Netlify, Cloudflare Pages) and `deploy/nginx.conf` (an nginx server block).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { publishedOnly } from "../lib/content/derive";
import type { Content } from "../lib/content/types";
import { headersFile, nginxServerBlock, redirectsFile } from "../lib/host-configs";
import { sitePages } from "../lib/routes";

export function writeHostConfigs(outDir: string, content: Content): void {
  const orgUrls = content.site.organisations.map((o) => o.url);
  writeFileSync(join(outDir, "_headers"), headersFile(orgUrls));
  writeFileSync(join(outDir, "_redirects"), redirectsFile([...sitePages(publishedOnly(content)).keys()]));
  mkdirSync("deploy", { recursive: true });
  writeFileSync(
    join("deploy", "nginx.conf"),
    nginxServerBlock({ root: "/var/www/council-status/out", listen: "80", serverName: new URL(content.site.url).hostname, orgUrls }),
  );
}
