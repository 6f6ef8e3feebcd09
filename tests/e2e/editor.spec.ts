/**
 * The browser editor at /admin/, from the real build, in Chromium: it loads from this
 * site alone under its own Content-Security-Policy, asks no other site for anything before
 * sign-in, shows the collections, and a new update made in its form passes the checker.
 * Every other page of the same build still has no script, and nothing links to /admin/.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { stringify } from "yaml";
import { loadContent } from "../../lib/content/load";
import { formatProblem } from "../../lib/content/problems";
import { editorConfig } from "../../lib/editor/config";
import { contentSecurityPolicy, editorContentSecurityPolicy } from "../../lib/headers";
import { editorInputs } from "../../scripts/write-editor";
import { contentOf } from "./pages";
import { baseUrl, SITES } from "./sites";

/** Every CSP violation the page reports, by event and by console message. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) fromConsole.push(m.text());
  });
  await page.addInitScript(`
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__violations.push(e.violatedDirective + " " + e.blockedURI);
    });
  `);
  return async () => [...fromConsole, ...((await page.evaluate("window.__violations")) as string[])];
}

/** Origins of every http(s) request (data: and blob: addresses never leave the browser). */
function watchOrigins(page: Page): Set<string> {
  const origins = new Set<string>();
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol === "http:" || url.protocol === "https:") origins.add(url.origin);
  });
  return origins;
}

const SITE = baseUrl("real");

// A council writer's browser speaks British English: the editor then loads its en-GB words
// (from /admin/locales/, not from a CDN). The default en-US would hide that request.
test.use({ locale: "en-GB", timezoneId: "Europe/London" });

/** Sveltia's own complaints about its configuration (an unknown or deprecated option). */
function watchConfigWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on("console", (m) => {
    if (/configuration schema|deprecated|typo|config\.yml/i.test(m.text())) warnings.push(m.text());
  });
  return warnings;
}

test("/admin/ loads from this site with its own CSP: no violation, no other site asked before sign-in", async ({ page }) => {
  const violations = await watchViolations(page);
  const origins = watchOrigins(page);
  const configWarnings = watchConfigWarnings(page);
  const response = await page.goto(`${SITE}/admin/`);
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toBe(editorContentSecurityPolicy());
  expect(headers["content-security-policy"]).toContain("script-src 'self';");
  expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", "noindex, nofollow");
  // The sign-in screen, configured for this site's repository.
  await expect(page.getByRole("button", { name: "Sign In Using Access Token" })).toBeVisible();
  await expect(page.getByText("incident-status")).toBeVisible();
  await page.waitForLoadState("networkidle");
  const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => e.getAttribute("src")));
  expect(scripts).toEqual(["/admin/sveltia-cms.js"]);
  expect([...origins]).toEqual([SITE]);
  expect(await violations()).toEqual([]);
  expect(configWarnings).toEqual([]);
});

test("in the editor's test mode the collections show, and a new update made in the form passes the checker", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(page);
  const origins = watchOrigins(page);
  // The same generated configuration as the build's, with Sveltia's sign-in-free test
  // backend (it saves into the browser's private storage) in place of GitHub.
  const content = contentOf("real");
  const config = stringify(editorConfig(editorInputs(content, { backend: "test-repo" })), { lineWidth: 0 });
  await page.route("**/admin/config.yml*", (route) => route.fulfill({ body: config, contentType: "text/yaml" }));
  // A tall window, so the form's lazily drawn fields are in view (a phone-sized one is in content/README.md's screenshots).
  await page.setViewportSize({ width: 1280, height: 2400 });
  await page.goto(`${SITE}/admin/`);
  await page.getByRole("button", { name: "Work with Test Repository" }).click();

  const incident = content.incidents[0];
  const nav = page.getByRole("navigation").or(page.locator("body"));
  const updatesLabel = content.incidents.length === 1 ? "Updates" : `Updates: ${incident.title}`;
  for (const label of [updatesLabel, "Incidents", "Services", "Advice", "Site settings"]) {
    await expect(nav.getByText(label, { exact: true }).first()).toBeVisible();
  }

  await page.getByRole("button", { name: "Create New Entry" }).first().click();
  // The form sets itself up after it appears; typing before that is lost, so wait until
  // the title's character count (kept by the form, not the input) shows what was typed.
  const title = "Phone lines are working again";
  await expect(async () => {
    await page.getByRole("textbox", { name: "Title" }).fill(title);
    await expect(page.getByText(`${title.length} / 120`)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole("radio", { name: "Restoring services (recovering)" }).check();
  await page.getByRole("checkbox", { name: /Services that change in this update/ }).check();
  // Each service's group: tick it, then its status (and note) appear.
  const phoneLines = page.getByRole("group", { name: /\u2068Phone lines\u2069/ });
  await phoneLines.getByRole("checkbox", { name: /Add/ }).check();
  // Sveltia fills a new group in after a moment, and draws its fields as they scroll into view.
  await page.waitForTimeout(500);
  await phoneLines.scrollIntoViewIfNeeded();
  await phoneLines.getByRole("radio", { name: "Partly unavailable (partial-outage)" }).check();
  await expect(phoneLines.getByRole("radio", { name: "Partly unavailable (partial-outage)" })).toBeChecked();
  await phoneLines.getByRole("textbox", { name: "Note" }).fill("Some lines work again. If you cannot get through, email us.");
  // A second service with a status and no note.
  const parking = page.getByRole("group", { name: /\u2068Parking permits\u2069/ });
  await parking.getByRole("checkbox", { name: /Add/ }).check();
  await page.waitForTimeout(500);
  await parking.scrollIntoViewIfNeeded();
  await parking.getByRole("radio", { name: "Working normally (operational)" }).check();
  await expect(parking.getByRole("radio", { name: "Working normally (operational)" })).toBeChecked();
  const body = page.locator("[contenteditable=true]").first();
  await body.fill("Our main phone lines are working again.");
  await expect(body).toHaveText("Our main phone lines are working again.");
  await page.getByRole("button", { name: "Save" }).click();

  // What the editor saved, read back from the browser's private storage.
  const readSaved = () =>
    page.evaluate(`(async () => {
      const out = {};
      async function walk(dir, prefix) {
        for await (const [name, handle] of dir.entries()) {
          if (handle.kind === "directory") await walk(handle, prefix + name + "/");
          else out[prefix + name] = await (await handle.getFile()).text();
        }
      }
      try {
        await walk(await navigator.storage.getDirectory(), "");
      } catch {
        return {}; // a file being written while we look: look again
      }
      return out;
    })()`) as Promise<Record<string, string>>;
  await expect.poll(async () => Object.keys(await readSaved()).length, { timeout: 15_000 }).toBe(1);
  const [[path, text]] = Object.entries(await readSaved());
  const updates = `sveltia-cms-test/content/incidents/${incident.slug}/updates/`;
  expect(path.startsWith(updates), path).toBe(true);
  expect(path.slice(updates.length)).toMatch(/^\d{4}-\d{2}-\d{2}-phone-lines-are-working-again\.md$/);
  // The contract's shapes: a naive site time, the services map, no empty optional field.
  expect(text).toMatch(/^---\ntitle: Phone lines are working again\npublished: \d{4}-\d{2}-\d{2} \d{2}:\d{2}\nphase: recovering\n/);
  expect(text).toContain(
    "services:\n  phone-lines:\n    status: partial-outage\n    note: Some lines work again. If you cannot get through, email us.\n  parking-permits:\n    status: operational\n",
  );
  expect(text).not.toMatch(/summary:|revisions:|online-services|note: *\n|note: ""/);

  // Put it in a copy of the real content and run the checker over the whole folder.
  const copy = mkdtempSync(join(tmpdir(), "editor-content-"));
  try {
    cpSync(SITES.real.contentDir, copy, { recursive: true });
    const file = join(copy, path.slice("sveltia-cms-test/content/".length));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    const { content: checked, problems } = loadContent(copy, { publicDir: "public" });
    expect(problems.filter((p) => p.severity === "error").map(formatProblem)).toEqual([]);
    const saved = checked!.updates.find((u) => file.endsWith(`${u.slug}.md`))!;
    expect(saved.services).toEqual([
      { service: "phone-lines", status: "partial-outage", note: "Some lines work again. If you cannot get through, email us." },
      { service: "parking-permits", status: "operational" },
    ]);
    expect(saved.draft).toBe(false);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }

  expect([...origins]).toEqual([SITE]);
  expect(await violations()).toEqual([]);
});

test("a public page of the same build still has no script and forbids every script", async ({ page }) => {
  const incident = contentOf("real").incidents[0].slug;
  for (const path of ["/", `/incidents/${incident}/`]) {
    const response = await page.goto(`${SITE}${path}`);
    expect(response!.headers()["content-security-policy"]).toBe(contentSecurityPolicy());
    expect(await page.locator("script:not([type='application/ld+json'])").count(), path).toBe(0);
  }
});

test("nothing public leads to /admin/: no page, sitemap or feed names it, and robots.txt keeps crawlers out", () => {
  const out = SITES.real.outDir;
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  const mentions = walk(out)
    .filter((f) => /\.(html|xml|json|txt)$/.test(f))
    .map((f) => relative(out, f))
    .filter((f) => !f.startsWith("admin/") && f !== "robots.txt")
    .filter((f) => readFileSync(join(out, f), "utf8").includes("/admin"));
  expect(mentions).toEqual([]);
  expect(readFileSync(join(out, "robots.txt"), "utf8")).toContain("Disallow: /admin/");
});

test("a council that switched the editor off in site.md has no /admin/", async ({ request }) => {
  expect(contentOf("fixture").site.editor?.enabled).toBe(false);
  expect(existsSync(join(SITES.fixture.outDir, "admin"))).toBe(false);
  const response = await request.get(`${baseUrl("fixture")}/admin/`);
  expect(response.status()).toBe(404);
});
