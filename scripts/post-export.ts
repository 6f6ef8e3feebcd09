/**
 * After `next build` has exported the site to out/: strip the framework's JavaScript
 * and RSC payloads from every page, delete the files nothing links to any more, check
 * that no page can run a script, and write precompressed .gz and .br twins of every
 * text file for servers that serve them as they are.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { brotliCompress as brotliCallback, constants, gzip as gzipCallback } from "node:zlib";

const gzip = promisify(gzipCallback);
const brotliCompress = promisify(brotliCallback);
import { executableScripts, stripScripts } from "../lib/export/strip-scripts";
import { NO_OTHER_LANGUAGE } from "../lib/routes";

const COMPRESSIBLE = /\.(html|css|xml|json|txt|svg|webmanifest|js|yml)$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * `.gz` (level 9) and `.br` twins, several at a time on zlib's thread pool. Brotli runs at
 * quality 6 for pages and data (quality 11 costs about 50 ms for a 30 KB page, which is
 * minutes for a large site, for some 10% fewer bytes) and 11 for the one stylesheet every
 * page shares. Files under 512 bytes are not worth compressing.
 */
async function precompress(files: string[]): Promise<number> {
  let done = 0;
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.pop(); file; file = queue.pop()) {
      const data = readFileSync(file);
      if (data.length < 512) continue;
      const quality = file.endsWith(".css") ? 11 : 6;
      const [gz, br] = await Promise.all([
        gzip(data, { level: 9 }),
        brotliCompress(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
      ]);
      writeFileSync(`${file}.gz`, gz);
      writeFileSync(`${file}.br`, br);
      done++;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return done;
}

/**
 * The one page allowed to run a script: the browser editor (scripts/write-editor.ts),
 * and only its own bundle from this origin. Every other page must have none.
 */
export const EDITOR_PAGE = "admin/index.html";
export const EDITOR_PAGE_SCRIPTS = ["/admin/sveltia-cms.js"];

/** Runs on a freshly exported folder; throws if any page could still run a script. */
export async function postExport(OUT: string): Promise<void> {
  // Next's own internals that no static page needs once scripts are gone.
  for (const dir of ["_not-found", "404"]) rmSync(join(OUT, dir), { recursive: true, force: true });
  // A site with one language built app/[lang]/ under a placeholder name (see lib/routes.ts).
  rmSync(join(OUT, NO_OTHER_LANGUAGE), { recursive: true, force: true });
  let pages = 0;
  const failures: string[] = [];
  for (const file of walk(OUT)) {
    const name = relative(OUT, file).split("\\").join("/");
    if (/\.(gz|br)$/.test(name)) {
      rmSync(file);
      continue;
    }
    const isRscPayload = /(^|\/)(index|__next\.[^/]*)\.txt$/.test(name);
    const isFrameworkJs = name.startsWith("_next/") && name.endsWith(".js");
    if (isRscPayload || isFrameworkJs) {
      rmSync(file);
      continue;
    }
    if (name === EDITOR_PAGE) {
      const other = executableScripts(readFileSync(file, "utf8")).filter((src) => !EDITOR_PAGE_SCRIPTS.includes(src));
      if (other.length > 0) failures.push(`${name}: ${other.join(", ")} (the editor's page may load only ${EDITOR_PAGE_SCRIPTS.join(", ")})`);
      continue;
    }
    if (name.endsWith(".html")) {
      const html = stripScripts(readFileSync(file, "utf8"));
      const left = executableScripts(html);
      if (left.length > 0) failures.push(`${name}: ${left.join(", ")}`);
      writeFileSync(file, html);
      pages++;
    }
  }
  if (failures.length > 0) throw new Error(`scripts are still in these pages:\n${failures.join("\n")}`);
  const compressed = await precompress(walk(OUT).filter((f) => COMPRESSIBLE.test(f)));
  console.log(`post-export: ${pages} pages without scripts${existsSync(join(OUT, EDITOR_PAGE)) ? ` (and the editor at /${EDITOR_PAGE.replace("index.html", "")})` : ""}; ${compressed} files precompressed (.gz, .br) in ${OUT}/`);
}

if (process.argv[1]?.endsWith("post-export.ts")) await postExport(process.argv[2] ?? "out");
