/**
 * How the editor gets into a build: /admin/ from the installed package with nothing from
 * a CDN, its own headers, the one page the post-export step lets run a script, and no
 * /admin/ at all when site.md switches it off.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadContent } from "@/lib/content/load";
import type { Content } from "@/lib/content/types";
import { contentSecurityPolicy, editorContentSecurityPolicy, headersFor, isEditorPath } from "@/lib/headers";
import { headersFile, nginxServerBlock } from "@/lib/host-configs";
import { postExport } from "@/scripts/post-export";
import { contentPathInRepository, editorPage, writeEditor } from "@/scripts/write-editor";

const scratch = mkdtempSync(join(tmpdir(), "editor-build-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const real = loadContent("content").content as Content;

describe("headers", () => {
  it("/admin/ gets the editor's own policy: scripts from this site only, GitHub's API, noindex", () => {
    const h = headersFor("/admin/", []);
    expect(h["Content-Security-Policy"]).toBe(editorContentSecurityPolicy());
    expect(h["Content-Security-Policy"]).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(h["Content-Security-Policy"]).not.toMatch(/unsafe-eval|https:\/\/unpkg|cdn\./);
    expect(h["Content-Security-Policy"]).toMatch(/connect-src 'self' data: https:\/\/api\.github\.com;/);
    expect(h["X-Robots-Tag"]).toBe("noindex, nofollow");
    expect(h["Cross-Origin-Opener-Policy"]).toBe("same-origin-allow-popups");
    expect(headersFor("/admin/sveltia-cms.js", [])["Content-Security-Policy"]).toBe(editorContentSecurityPolicy());
  });

  it("every other address keeps script-src 'none' and is not marked noindex", () => {
    for (const path of ["/", "/incidents/", "/administration/", "/services/admin/"]) {
      const h = headersFor(path, []);
      expect(h["Content-Security-Policy"], path).toBe(contentSecurityPolicy());
      expect(h["X-Robots-Tag"], path).toBeUndefined();
      expect(h["Cross-Origin-Opener-Policy"], path).toBe("same-origin");
    }
    expect(isEditorPath("/admin")).toBe(true);
    expect(isEditorPath("/administration/")).toBe(false);
  });

  it("the nginx block and _headers give /admin/ the same headers as npm start", () => {
    const nginx = nginxServerBlock({ root: "/srv", listen: "80", orgUrls: [] });
    const admin = nginx.slice(nginx.indexOf("location /admin/ {"));
    expect(admin.slice(0, admin.indexOf("}"))).toContain(`add_header Content-Security-Policy "${editorContentSecurityPolicy()}" always;`);
    const file = headersFile([]);
    const block = file.slice(file.indexOf("/admin/*\n"));
    expect(block.slice(0, block.indexOf("\n\n"))).toBe(
      [
        "/admin/*",
        "  ! Content-Security-Policy",
        "  ! Cross-Origin-Opener-Policy",
        "  Cross-Origin-Opener-Policy: same-origin-allow-popups",
        `  Content-Security-Policy: ${editorContentSecurityPolicy()}`,
        "  X-Robots-Tag: noindex, nofollow",
      ].join("\n"),
    );
  });
});

describe("writeEditor", () => {
  const out = join(scratch, "out");
  mkdirSync(out);
  const leftOut = writeEditor(out, real);
  const admin = join(out, "admin");

  it("writes the page, the bundle, its chunk, fonts, licences and a configuration for this content", () => {
    expect(leftOut).toBeUndefined();
    for (const f of ["index.html", "sveltia-cms.js", "chunks/react-dom.js", "config.yml", "sveltia-cms.LICENSE.txt", "logo.svg"]) {
      expect(existsSync(join(admin, f)), f).toBe(true);
    }
    const config = parse(readFileSync(join(admin, "config.yml"), "utf8"));
    expect(config.backend).toMatchObject({ name: "github", repo: real.site.editor!.repository });
    expect(config.collections.map((c: { name: string }) => c.name)).toContain(`updates-${real.incidents[0].slug}`);
  });

  it("the bundle loads its fonts and start-up checks from /admin/, not from a CDN", () => {
    const js = readFileSync(join(admin, "sveltia-cms.js"), "utf8");
    expect(js).not.toContain("cdn.jsdelivr.net/fontsource");
    expect(js).not.toContain("www.githubstatus.com/api");
    expect(js).toContain("`/admin/version.json`");
    expect(js).toContain("`/admin/github-status.json`");
    expect(js).toContain("`/admin/locales`");
    expect(js).not.toMatch(/\$\{[A-Za-z0-9_$]+\}@\$\{[A-Za-z0-9_$]+\}\/locales/);
    expect(JSON.parse(readFileSync(join(admin, "locales", "en-GB.json"), "utf8"))).toBeTypeOf("object");
    for (const font of js.match(/\/admin\/fonts\/[a-z0-9-]+\.woff2/g) ?? []) expect(existsSync(join(out, font)), font).toBe(true);
    expect(js.match(/\/admin\/fonts\/[a-z0-9-]+\.woff2/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it("the page loads one script, from this site, and asks not to be indexed", () => {
    const html = readFileSync(join(admin, "index.html"), "utf8");
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script src="/admin/sveltia-cms.js">']);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(editorPage("A & B <C>")).toContain("<title>Editor: A &amp; B &lt;C&gt;</title>");
  });

  it("writes nothing, and removes an old /admin/, when site.md switches the editor off", () => {
    const off = { ...real, site: { ...real.site, editor: { ...real.site.editor, enabled: false } } };
    const dir = join(scratch, "off");
    mkdirSync(join(dir, "admin"), { recursive: true });
    expect(writeEditor(dir, off)).toMatch(/switched off/);
    expect(existsSync(join(dir, "admin"))).toBe(false);
  });

  it("writes nothing when no repository is known", () => {
    const none = { ...real, site: { ...real.site, editor: undefined } };
    const saved = process.env.GITHUB_REPOSITORY;
    delete process.env.GITHUB_REPOSITORY;
    try {
      expect(writeEditor(join(scratch, "none"), none)).toMatch(/does not name the GitHub repository/);
    } finally {
      if (saved !== undefined) process.env.GITHUB_REPOSITORY = saved;
    }
  });

  it("finds the content folder's path in the repository, and refuses one outside it", () => {
    expect(contentPathInRepository("content", "/repo")).toBeUndefined(); // resolved from the real cwd, not /repo
    expect(contentPathInRepository(join(process.cwd(), "content"))).toBe("content");
    expect(contentPathInRepository(join(process.cwd(), "tests/fixtures/e2e-site"))).toBe("tests/fixtures/e2e-site");
    expect(contentPathInRepository(join(process.cwd(), "..", "elsewhere"))).toBeUndefined();
  });
});

describe("the post-export step", () => {
  const page = (body: string) => `<!DOCTYPE html><html><head><title>t</title></head><body><main>${body}</main></body></html>`;

  function exportWith(files: Record<string, string>): string {
    const dir = mkdtempSync(join(scratch, "export-"));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  it("keeps the editor page's one script and still strips every other page's", async () => {
    const dir = exportWith({
      "index.html": page('<script src="/_next/static/chunks/app.js"></script>Home'),
      "admin/index.html": editorPage("Status"),
      "admin/sveltia-cms.js": "/* the editor */",
      "admin/notes/index.html": page("<script>alert(1)</script>Notes"),
    });
    await postExport(dir);
    expect(readFileSync(join(dir, "admin/index.html"), "utf8")).toContain('<script src="/admin/sveltia-cms.js"></script>');
    expect(readFileSync(join(dir, "index.html"), "utf8")).not.toContain("<script");
    expect(readFileSync(join(dir, "admin/notes/index.html"), "utf8")).not.toContain("<script");
    expect(existsSync(join(dir, "admin/sveltia-cms.js"))).toBe(true);
  });

  it("fails the build if the editor page loads any other script", async () => {
    for (const extra of ['<script src="https://unpkg.com/@sveltia/cms/dist/sveltia-cms.js"></script>', "<script>alert(1)</script>"]) {
      const dir = exportWith({ "admin/index.html": editorPage("Status").replace("</body>", `${extra}</body>`) });
      await expect(postExport(dir)).rejects.toThrow(/admin\/index\.html: .*the editor's page may load only \/admin\/sveltia-cms\.js/);
    }
  });
});
