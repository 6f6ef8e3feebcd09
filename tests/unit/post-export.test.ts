/**
 * The post-export step on a small fake export: pages lose Next's scripts, every text
 * file gets `.gz` and `.br` twins that decompress to exactly its bytes (a server sends
 * them as they are), and twins from the previous export are reused only for files whose
 * bytes did not change.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { postExport } from "@/scripts/post-export";
import { codeHash } from "@/scripts/next-build";

const scratch = mkdtempSync(join(process.cwd(), ".build-test-post-export-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (text: string) =>
  `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"><script src="/_next/static/chunks/main.js" async=""></script></head><body><main><h1>${text}</h1><p>${"Our phone lines are working again. ".repeat(40)}</p></main><script>self.__next_f.push([1,"x"])</script></body></html>`;

function exportFolder(name: string, pages: Record<string, string>): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, "_next", "static", "chunks"), { recursive: true });
  writeFileSync(join(dir, "_next", "static", "chunks", "a.css"), `body{color:#0b0c0c}${".x{margin:0}".repeat(100)}`);
  writeFileSync(join(dir, "_next", "static", "chunks", "main.js"), "console.log(1)");
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, "index.html"), page(text));
    writeFileSync(join(dir, path, "index.txt"), "RSC payload");
  }
  return dir;
}

function twinsMatch(file: string) {
  const bytes = readFileSync(file);
  expect(gunzipSync(readFileSync(`${file}.gz`)).equals(bytes), `${file}.gz`).toBe(true);
  expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(bytes), `${file}.br`).toBe(true);
}

describe("postExport", () => {
  it("strips scripts and RSC payloads and writes twins that decompress to each file", async () => {
    const out = exportFolder("first", { "": "Home", "incidents/a": "Incident A" });
    const stats = await postExport(out);
    const html = readFileSync(join(out, "incidents/a/index.html"), "utf8");
    expect(html).not.toContain("<script");
    expect(html).toContain("<h1>Incident A</h1>");
    expect(existsSync(join(out, "incidents/a/index.txt"))).toBe(false);
    expect(existsSync(join(out, "_next/static/chunks/main.js"))).toBe(false);
    for (const f of ["index.html", "incidents/a/index.html", "_next/static/chunks/a.css"]) twinsMatch(join(out, f));
    expect(stats).toMatchObject({ pages: 2, compressed: 3, reused: 0 });
  });

  it("reuses the previous export's twins for unchanged files and compresses the changed one", async () => {
    const previous = exportFolder("previous", { "": "Home", "incidents/a": "Incident A" });
    await postExport(previous);
    const next = exportFolder("next", { "": "Home", "incidents/a": "Incident A: phones back" });
    const stats = await postExport(next, previous);
    expect(stats).toMatchObject({ pages: 2, compressed: 1, reused: 2 });
    for (const f of ["index.html", "incidents/a/index.html", "_next/static/chunks/a.css"]) twinsMatch(join(next, f));
    // The reused twin is the previous one (a hard link or a copy of it).
    expect(readFileSync(join(next, "index.html.br")).equals(readFileSync(join(previous, "index.html.br")))).toBe(true);
    // Once the previous export is gone (swapped out and deleted), the new one is whole.
    rmSync(previous, { recursive: true, force: true });
    for (const f of ["index.html", "incidents/a/index.html"]) twinsMatch(join(next, f));
    expect(statSync(join(next, "index.html.gz")).size).toBeGreaterThan(0);
  });

  it("refuses a page that could still run a script", async () => {
    const out = exportFolder("bad", { "": "Home" });
    writeFileSync(join(out, "index.html"), '<!DOCTYPE html><html><body><img src="x.png" onerror="alert(1)" alt=""></body></html>');
    await expect(postExport(out)).rejects.toThrow(/index\.html: onerror on <img>/);
  });
});

describe("codeHash (when next build may skip the compile)", () => {
  const root = join(scratch, "project");
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write("app/page.tsx", "export default 1");
  write("lib/site.ts", "export const a = 1");
  write("components/x.tsx", "export const X = 1");
  write("package-lock.json", "{}");
  write("content/site.md", "---\ntitle: A\n---\n");

  it("does not change with the content, which pages read at run time", () => {
    const before = codeHash(root);
    write("content/site.md", "---\ntitle: B\n---\n");
    write("content/incidents/x/updates/new.md", "---\ntitle: New\n---\n");
    expect(codeHash(root)).toBe(before);
  });

  it("changes with the code, the config or the installed packages", () => {
    for (const [file, text] of [["lib/site.ts", "export const a = 2"], ["app/new/page.tsx", "export default 2"], ["package-lock.json", '{"v":2}'], ["next.config.ts", "export default {}"]]) {
      const before = codeHash(root);
      write(file, text);
      expect(codeHash(root), file).not.toBe(before);
    }
  });
});
