/**
 * `npm start`: builds the site if there is no export yet, then serves out/ on
 * http://localhost:3000 (PORT and HOST, or --port and --host, change that) with sirv:
 * precompressed br/gzip, ETags, the export's 404.html, trailing-slash redirects and the
 * security headers from lib/headers.ts.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import sirv from "sirv";
import { headersFor } from "../lib/headers";
import { loadContent } from "../lib/content/load";

/** A static file server for an exported site, with the site's headers. */
export function createStaticServer(root: string, orgUrls: readonly string[]): Server {
  const notFoundPage = existsSync(join(root, "404.html")) ? readFileSync(join(root, "404.html")) : Buffer.from("Not found");
  const setAll = (res: ServerResponse, pathname: string) => {
    for (const [name, value] of Object.entries(headersFor(pathname, orgUrls))) res.setHeader(name, value);
  };
  const files = sirv(root, {
    dev: false,
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ["html"],
    dotfiles: false,
    setHeaders: (res, pathname) => setAll(res, pathname),
    onNoMatch(req, res) {
      setAll(res, safePath(req.url));
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(notFoundPage);
    },
  });
  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const path = safePath(req.url);
    // Host configs for other servers live in the export; they are not pages.
    if (path === "/_headers" || path === "/_redirects") {
      req.url = "/__not-found__";
      files(req, res);
      return;
    }
    // /advice → /advice/: pages end in "/", and a link without it still arrives.
    if (!path.endsWith("/") && !/\.[a-z0-9]+$/i.test(path)) {
      const dir = join(root, path);
      if (dir.startsWith(root) && existsSync(join(dir, "index.html")) && statSync(dir).isDirectory()) {
        setAll(res, path);
        res.writeHead(308, { Location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
    }
    files(req, res);
  });
}

function safePath(url: string | undefined): string {
  const pathname = new URL(url ?? "/", "http://x").pathname;
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

function main() {
  const root = resolve(arg("dir") ?? process.env.OUT_DIR ?? "out");
  const port = Number(arg("port") ?? process.env.PORT ?? 3000);
  const host = arg("host") ?? process.env.HOST ?? "localhost";
  if (!existsSync(join(root, "index.html"))) {
    console.log(`No built site in ${root}: running npm run build first.`);
    const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const orgUrls = loadContent().content?.site.organisations.map((o) => o.url) ?? [];
  createStaticServer(root, orgUrls).listen(port, host, () => {
    console.log(`Serving ${root} on http://${host}:${port}/`);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
