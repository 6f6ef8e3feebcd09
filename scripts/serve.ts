/**
 * `npm start`: builds the site if there is no export yet, then serves out/ on
 * http://localhost:3000 (PORT and HOST, or --port and --host, change that) with sirv:
 * precompressed br/gzip, ETags, the export's 404.html, trailing-slash redirects and the
 * security headers from lib/headers.ts.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { lookup } from "mrmime";
import sirv from "sirv";
import { contentTypeFor, headersFor } from "../lib/headers";
import { loadSite } from "../lib/content/load";
import { formatProblem } from "../lib/content/problems";

interface CachedFile {
  type: string;
  etag: string;
  identity: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

/**
 * The export's files held in memory (each up to 1 MB, 256 MB in all), so the common
 * request is answered without touching the disk: sirv streams every response from disk,
 * which measured at 0.32x nginx's requests per second. Anything not held (a range
 * request, a larger file, a missing one) goes to sirv as before.
 */
function memoryFiles(root: string) {
  const held = new Map<string, CachedFile>();
  let total = 0;
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        visit(full);
        continue;
      }
      if (/\.(br|gz)$/.test(e.name) || e.name.startsWith(".")) continue;
      const size = statSync(full).size;
      if (size > 1024 * 1024 || total + size > 256 * 1024 * 1024) continue;
      const identity = readFileSync(full);
      const urlPath = `/${relative(root, full).split(sep).join("/")}`;
      let type = contentTypeFor(urlPath) ?? lookup(e.name) ?? "application/octet-stream";
      if (/^text\/|json|xml|javascript/.test(type) && !type.includes("charset")) type += ";charset=utf-8";
      const entry: CachedFile = { type, etag: `"${createHash("sha1").update(identity).digest("base64url").slice(0, 20)}`, identity };
      if (existsSync(`${full}.br`)) entry.br = readFileSync(`${full}.br`);
      if (existsSync(`${full}.gz`)) entry.gzip = readFileSync(`${full}.gz`);
      total += size + (entry.br?.length ?? 0) + (entry.gzip?.length ?? 0);
      held.set(urlPath, entry);
    }
  };
  visit(root);
  return (req: IncomingMessage, res: ServerResponse, path: string, headers: Record<string, string>): boolean => {
    if ((req.method !== "GET" && req.method !== "HEAD") || req.headers.range) return false;
    const file = held.get(path.endsWith("/") ? `${path}index.html` : path);
    if (!file) return false;
    const accept = String(req.headers["accept-encoding"] ?? "");
    const [body, encoding] =
      file.br && /\bbr\b/.test(accept) ? [file.br, "br"] : file.gzip && /\bgzip\b/.test(accept) ? [file.gzip, "gzip"] : [file.identity, ""];
    const etag = `${file.etag}${encoding ? `-${encoding}` : ""}"`;
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.setHeader("Content-Type", headers["Content-Type"] ?? file.type);
    res.setHeader("ETag", etag);
    if (file.br || file.gzip) res.setHeader("Vary", "Accept-Encoding");
    if (req.headers["if-none-match"] === etag) {
      res.statusCode = 304;
      res.end();
      return true;
    }
    if (encoding) res.setHeader("Content-Encoding", encoding);
    res.setHeader("Content-Length", body.length);
    res.statusCode = 200;
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  };
}

/** A static file server for an exported site, with the site's headers. */
export function createStaticServer(root: string, orgUrls: readonly string[]): Server {
  const fromMemory = memoryFiles(root);
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
    onNoMatch: (req, res) => notFound(res, safePath(req.url)),
  });
  const notFound = (res: ServerResponse, pathname: string) => {
    setAll(res, pathname);
    res.statusCode = 404;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(notFoundPage);
  };
  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const path = safePath(req.url);
    // Host configs for other servers live in the export; they are not pages.
    if (path === "/_headers" || path === "/_redirects") return notFound(res, path);
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
    if (fromMemory(req, res, path, headersFor(path, orgUrls))) return;
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
  const { site, problems } = loadSite();
  if (!site) {
    for (const p of problems.filter((p) => p.severity === "error")) console.error(formatProblem(p));
    console.error("site.md has errors: /embed/ can be framed by no other site until they are fixed.");
  }
  const orgUrls = site?.organisations.map((o) => o.url) ?? [];
  createStaticServer(root, orgUrls).listen(port, host, () => {
    console.log(`Serving ${root} on http://${host}:${port}/`);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
