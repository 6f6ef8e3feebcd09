/**
 * After `next build` has exported the site to out/: strip the framework's JavaScript
 * and RSC payloads from every page, delete the files nothing links to any more, check
 * that no page can run a script, and write precompressed .gz and .br twins of every
 * text file for servers that serve them as they are.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { executableScripts, stripScripts } from "../lib/export/strip-scripts";

const COMPRESSIBLE = /\.(html|css|xml|json|txt|svg|webmanifest)$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Runs on a freshly exported folder; throws if any page could still run a script. */
export function postExport(OUT: string): void {
  // Next's own internals that no static page needs once scripts are gone.
  for (const dir of ["_not-found", "404"]) rmSync(join(OUT, dir), { recursive: true, force: true });
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
    if (name.endsWith(".html")) {
      const html = stripScripts(readFileSync(file, "utf8"));
      const left = executableScripts(html);
      if (left.length > 0) failures.push(`${name}: ${left.join(", ")}`);
      writeFileSync(file, html);
      pages++;
    }
  }
  if (failures.length > 0) throw new Error(`scripts are still in these pages:\n${failures.join("\n")}`);
  let compressed = 0;
  for (const file of walk(OUT)) {
    if (!COMPRESSIBLE.test(file) || statSync(file).size === 0) continue;
    const data = readFileSync(file);
    writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      }),
    );
    compressed++;
  }
  console.log(`post-export: ${pages} pages without scripts; ${compressed} files precompressed (.gz, .br) in ${OUT}/`);
}

if (process.argv[1]?.endsWith("post-export.ts")) postExport(process.argv[2] ?? "out");
