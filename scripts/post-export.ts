/**
 * After `next build` has exported the site to out/: strip the framework's JavaScript
 * and RSC payloads from every page, delete the files nothing links to any more, check
 * that no page can run a script, and write precompressed .gz and .br twins of every
 * text file for servers that serve them as they are (reusing the previous export's
 * twins for files that have not changed).
 */
import { copyFileSync, existsSync, linkSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { brotliCompress as brotliCallback, constants, gzip as gzipCallback } from "node:zlib";

const gzip = promisify(gzipCallback);
const brotliCompress = promisify(brotliCallback);
import { executableScripts, stripPage } from "../lib/export/strip-scripts";
import { NO_OTHER_LANGUAGE } from "../lib/routes";

const COMPRESSIBLE = /\.(html|css|xml|json|txt|svg|webmanifest|js|yml)$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** A file as it was in the previous export, with both twins, if its bytes are the same. */
function unchangedTwins(previous: string | undefined, name: string, data: Buffer): { gz: string; br: string } | undefined {
  if (!previous) return undefined;
  const old = join(previous, name);
  const gz = `${old}.gz`;
  const br = `${old}.br`;
  try {
    if (statSync(old).size !== data.length || !existsSync(gz) || !existsSync(br)) return undefined;
    return readFileSync(old).equals(data) ? { gz, br } : undefined;
  } catch {
    return undefined;
  }
}

/** A hard link where the file system allows one (the previous export is deleted after the swap), else a copy. */
function linkOrCopy(from: string, to: string) {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * The one page allowed to run a script: the browser editor (scripts/write-editor.ts),
 * and only its own bundle from this origin. Every other page must have none.
 */
export const EDITOR_PAGE = "admin/index.html";
export const EDITOR_PAGE_SCRIPTS = ["/admin/sveltia-cms.js"];

export interface PostExportStats {
  pages: number;
  compressed: number;
  reused: number;
}

/**
 * Runs on a freshly exported folder; throws if any page could still run a script.
 *
 * Each file is handled once, several at a time: pages are stripped (one streaming pass
 * that also checks them), then every text file of 512 bytes or more gets `.gz` (level 9)
 * and `.br` twins on zlib's thread pool. Brotli runs at quality 6 for pages and data
 * (quality 11 costs about 50 ms for a 30 KB page, minutes for a large site, for some 10%
 * fewer bytes) and 11 for the one stylesheet every page shares. A file whose bytes are
 * the same as in `previous` (the export being replaced) takes that export's twins
 * instead of being compressed again: a new update changes a few dozen files, not all.
 */
export async function postExport(OUT: string, previous?: string): Promise<PostExportStats> {
  // Next's own internals that no static page needs once scripts are gone.
  for (const dir of ["_not-found", "404"]) rmSync(join(OUT, dir), { recursive: true, force: true });
  // A site with one language built app/[lang]/ under a placeholder name (see lib/routes.ts).
  rmSync(join(OUT, NO_OTHER_LANGUAGE), { recursive: true, force: true });
  const stats: PostExportStats = { pages: 0, compressed: 0, reused: 0 };
  const failures: string[] = [];
  const queue: string[] = [];
  for (const file of walk(OUT)) {
    const name = relative(OUT, file).split("\\").join("/");
    const isRscPayload = /(^|\/)(index|__next\.[^/]*)\.txt$/.test(name);
    const isFrameworkJs = name.startsWith("_next/") && name.endsWith(".js");
    if (/\.(gz|br)$/.test(name) || isRscPayload || isFrameworkJs) rmSync(file);
    else if (name.endsWith(".html") || COMPRESSIBLE.test(name)) queue.push(name);
  }
  const previousDir = previous && existsSync(previous) ? previous : undefined;
  const worker = async () => {
    for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
      const file = join(OUT, name);
      let data = readFileSync(file);
      if (name === EDITOR_PAGE) {
        // Checked, not stripped: its own bundle is the only script it may load.
        const other = (await executableScripts(data.toString("utf8"))).filter((src) => !EDITOR_PAGE_SCRIPTS.includes(src));
        if (other.length > 0) failures.push(`${name}: ${other.join(", ")} (the editor's page may load only ${EDITOR_PAGE_SCRIPTS.join(", ")})`);
      } else if (name.endsWith(".html")) {
        const page = await stripPage(data.toString("utf8"));
        if (page.executable.length > 0) failures.push(`${name}: ${page.executable.join(", ")}`);
        data = Buffer.from(page.html);
        writeFileSync(file, data);
        stats.pages++;
      }
      if (!COMPRESSIBLE.test(name) || data.length < 512) continue;
      const twins = unchangedTwins(previousDir, name, data);
      if (twins) {
        linkOrCopy(twins.gz, `${file}.gz`);
        linkOrCopy(twins.br, `${file}.br`);
        stats.reused++;
        continue;
      }
      const quality = name.endsWith(".css") ? 11 : 6;
      const [gz, br] = await Promise.all([
        gzip(data, { level: 9 }),
        brotliCompress(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
      ]);
      writeFileSync(`${file}.gz`, gz);
      writeFileSync(`${file}.br`, br);
      stats.compressed++;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  if (failures.length > 0) throw new Error(`scripts are still in these pages:\n${failures.sort().join("\n")}`);
  console.log(
    `post-export: ${stats.pages} pages without scripts${existsSync(join(OUT, EDITOR_PAGE)) ? ` (and the editor at /${EDITOR_PAGE.replace("index.html", "")})` : ""}; ${stats.compressed} files precompressed (.gz, .br), ${stats.reused} unchanged since the last export (twins reused) in ${OUT}/`,
  );
  return stats;
}

if (process.argv[1]?.endsWith("post-export.ts")) await postExport(process.argv[2] ?? "out", process.argv[3]);
