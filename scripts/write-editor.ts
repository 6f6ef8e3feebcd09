/**
 * Writes the browser editor into an export, at /admin/: Sveltia CMS's built bundle copied
 * from node_modules (never committed; its fonts served from this origin too, not from
 * a CDN), a small page that loads it, and config.yml generated from the schemas and the
 * content (lib/editor/config.ts). Skipped when site.md says `editor: enabled: false`.
 *
 *   npx tsx scripts/write-editor.ts [outDir]   (prints the configuration when no outDir)
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { stringify } from "yaml";
import { contentDir, loadContent } from "../lib/content/load";
import type { Content } from "../lib/content/types";
import { editorConfig, type EditorInputs } from "../lib/editor/config";

/** Where the editor lives in the export, and the one script its page may load. */
export const EDITOR_DIR = "admin";
export const EDITOR_SCRIPT = `/${EDITOR_DIR}/sveltia-cms.js`;

/**
 * Two checks the bundle makes on every start, before anyone signs in, to other sites: a
 * new-version check (unpkg.com) and GitHub's status page. Point both at small files in
 * /admin/ instead, so the editor talks to nothing but this site until it signs in to
 * GitHub. Each address must occur exactly once: an upgrade that moves one fails the build
 * here, with this message, rather than quietly reaching out.
 */
export const BUNDLE_REDIRECTS: { what: string; find: RegExp; file: string; body: (version: string) => string }[] = [
  {
    what: "the new-version check (unpkg.com)",
    find: /`\$\{[A-Za-z0-9_$]+\}\/package\.json`/g,
    file: "version.json",
    // The version installed: "no newer version", which is true for a pinned copy.
    body: (version) => `${JSON.stringify({ version })}\n`,
  },
  {
    what: "GitHub's status check (www.githubstatus.com)",
    find: /`https:\/\/www\.githubstatus\.com\/api\/v2\/status\.json`/g,
    file: "github-status.json",
    // "unknown": the editor shows no status warning; https://www.githubstatus.com says more.
    body: () => `${JSON.stringify({ status: { indicator: "unknown", description: "Not checked by the editor: see https://www.githubstatus.com" } })}\n`,
  },
];

/**
 * The editor's words in the writer's language (en-GB for most council browsers) are
 * fetched from unpkg.com unless they are the built-in en-US: serve the package's own
 * copies from /admin/locales/ instead (blocked by the CSP, the editor would retry forever).
 */
export const LOCALES_ADDRESS = /`\$\{[A-Za-z0-9_$]+\}@\$\{[A-Za-z0-9_$]+\}\/locales`/g;

export function redirectBundleChecks(bundle: string): string {
  let js = bundle;
  const replaceOnce = (find: RegExp, what: string, by: string) => {
    const found = js.match(find)?.length ?? 0;
    if (found !== 1) throw new Error(`the editor's bundle has ${found} copies of ${what}, expected 1: update scripts/write-editor.ts`);
    js = js.replace(find, by);
  };
  for (const r of BUNDLE_REDIRECTS) replaceOnce(r.find, r.what, `\`/${EDITOR_DIR}/${r.file}\``);
  replaceOnce(LOCALES_ADDRESS, "the address of its translations (unpkg.com)", `\`/${EDITOR_DIR}/locales\``);
  return js;
}

/** The installed @sveltia/cms package folder. */
export function sveltiaPackageDir(): string {
  const require = createRequire(import.meta.url);
  return resolve(dirname(require.resolve("@sveltia/cms")), "..");
}

/** The content folder as a path inside the repository, or undefined if it lies outside it. */
export function contentPathInRepository(dir = contentDir(), root = process.cwd()): string | undefined {
  const path = relative(root, resolve(dir)).split("\\").join("/");
  return path === "" || path.startsWith("..") || isAbsolute(path) ? undefined : path;
}

export function editorInputs(content: Content, overrides: Partial<EditorInputs> = {}): EditorInputs {
  return {
    site: content.site,
    incidents: content.incidents.map((i) => ({ slug: i.slug, title: i.title })),
    services: content.services.map((s) => ({ slug: s.slug, name: s.name })),
    contentPath: contentPathInRepository() ?? "content",
    repository: process.env.GITHUB_REPOSITORY,
    ...overrides,
  };
}

/**
 * The distributed bundle loads its three fonts from a CDN; the npm package ships the same
 * files. Point the bundle at copies under /admin/fonts/ so nothing comes from elsewhere.
 */
export function selfHostFonts(bundle: string, assetsDir: string): { js: string; fonts: Map<string, string> } {
  const fonts = new Map<string, string>();
  const assets = readdirSync(assetsDir).filter((f) => f.endsWith(".woff2"));
  const js = bundle.replace(
    /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[0-9.]+\/([a-z0-9-]+)\.woff2/g,
    (_url, family: string, variant: string) => {
      const file = assets.find((a) => a.startsWith(`${family}-${variant}-`));
      if (!file) throw new Error(`the editor's font ${family} ${variant} is not in ${assetsDir}`);
      const name = `${family}-${variant}.woff2`;
      fonts.set(name, join(assetsDir, file));
      return `/${EDITOR_DIR}/fonts/${name}`;
    },
  );
  if (/cdn\.jsdelivr\.net|fonts\.googleapis\.com/.test(js.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\//g, ""))) {
    throw new Error("the editor's bundle still loads a font from a CDN: update selfHostFonts in scripts/write-editor.ts");
  }
  return { js, fonts };
}

export function editorPage(siteTitle: string): string {
  const escaped = siteTitle.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Editor: ${escaped}</title>
</head>
<body>
<noscript><p>The editor needs JavaScript. The public site does not: <a href="/">go to the site</a>.</p></noscript>
<script src="${EDITOR_SCRIPT}"></script>
</body>
</html>
`;
}

/** Why the editor is not built for this content, or undefined when it is. */
export function editorLeftOut(content: Content, overrides: Partial<EditorInputs> = {}): string | undefined {
  if (content.site.editor?.enabled === false) return "it is switched off in site.md (editor: enabled: false)";
  const inputs = editorInputs(content, overrides);
  if (inputs.backend !== "test-repo" && !content.site.editor?.repository && !inputs.repository) {
    return "site.md does not name the GitHub repository it saves to (editor: repository: owner/name)";
  }
  if (!contentPathInRepository()) return "the content folder is outside this repository";
  return undefined;
}

/** Writes /admin/ into `outDir`; returns why not (and writes nothing) when it is left out. */
export function writeEditor(outDir: string, content: Content, overrides: Partial<EditorInputs> = {}): string | undefined {
  const target = join(outDir, EDITOR_DIR);
  rmSync(target, { recursive: true, force: true });
  const leftOut = editorLeftOut(content, overrides);
  if (leftOut) return leftOut;
  const pkg = sveltiaPackageDir();
  const version = (JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")) as { version: string }).version;
  const { js, fonts } = selfHostFonts(
    redirectBundleChecks(readFileSync(join(pkg, "dist", "sveltia-cms.js"), "utf8")),
    join(pkg, "npm", "assets"),
  );
  mkdirSync(join(target, "fonts"), { recursive: true });
  mkdirSync(join(target, "chunks"), { recursive: true });
  // The source map comment would send the browser's developer tools looking for a file we do not ship.
  writeFileSync(join(target, "sveltia-cms.js"), js.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n"));
  const chunk = readFileSync(join(pkg, "dist", "chunks", "react-dom.js"), "utf8");
  writeFileSync(join(target, "chunks", "react-dom.js"), chunk.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n"));
  for (const [name, from] of fonts) copyFileSync(from, join(target, "fonts", name));
  for (const r of BUNDLE_REDIRECTS) writeFileSync(join(target, r.file), r.body(version));
  cpSync(join(pkg, "locales"), join(target, "locales"), { recursive: true });
  // The site's own icon as the editor's logo (Sveltia's default is fetched from a data: address).
  copyFileSync(join("app", "icon.svg"), join(target, "logo.svg"));
  // Licences travel with the code and fonts.
  copyFileSync(join(pkg, "LICENSE.txt"), join(target, "sveltia-cms.LICENSE.txt"));
  for (const f of readdirSync(join(pkg, "npm", "assets")).filter((f) => f.endsWith(".LICENSE.txt"))) {
    copyFileSync(join(pkg, "npm", "assets", f), join(target, "fonts", f));
  }
  const config = editorConfig(editorInputs(content, overrides));
  writeFileSync(
    join(target, "config.yml"),
    `# Generated by npm run build from lib/content/schemas.ts and the content: do not edit by hand.\n${stringify(config, { lineWidth: 0 })}`,
  );
  writeFileSync(join(target, "index.html"), editorPage(content.site.title));
  return undefined;
}

if (process.argv[1]?.endsWith("write-editor.ts")) {
  const { content, problems } = loadContent(contentDir());
  if (!content) {
    console.error(`The content has ${problems.length} problem(s): run npm run check.`);
    process.exit(1);
  }
  const out = process.argv[2];
  if (!out) console.log(stringify(editorConfig(editorInputs(content)), { lineWidth: 0 }));
  else if (existsSync(out)) {
    const leftOut = writeEditor(out, content);
    console.log(leftOut ? `No editor at /${EDITOR_DIR}/: ${leftOut}.` : `Wrote ${out}/${EDITOR_DIR}/`);
  }
}
