/**
 * The post-export step: a status page must work with no JavaScript, so every script and
 * script preload Next.js adds goes; JSON-LD data (never executed) and the page itself stay.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { executableScripts, stripPage, stripScripts } from "@/lib/export/strip-scripts";

const EXPORTED = [
  "<!DOCTYPE html>",
  '<html lang="en-GB"><head><meta charset="utf-8">',
  "<title>Cyber incident: service updates</title>",
  '<link rel="stylesheet" href="/_next/static/css/app.css">',
  '<link rel="preload" href="/fonts/body.woff2" as="font" crossorigin="">',
  '<link rel="preload" href="/_next/static/chunks/webpack.js" as="script">',
  '<link rel="modulepreload" href="/_next/static/chunks/main.mjs">',
  '<script src="/_next/static/chunks/main-app.js" async=""></script>',
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Update"}</script>',
  "</head><body>",
  '<a class="skip-link" href="#main-content">Skip to main content</a>',
  '<main id="main-content"><h1>We found a problem</h1>',
  '<p>Call us on <a href="tel:+442079460100">020 7946 0100</a> &amp; check <code>&lt;script&gt;</code> tags.</p>',
  '<div hidden="">Hidden on purpose but with content</div>',
  "</main>",
  "<!--$--><!--/$-->",
  '<div hidden=""><!--$--><!--/$--></div>',
  '<script>self.__next_f=self.__next_f||[];self.__next_f.push([0])</script>',
  '<script>self.__next_f.push([1,"a:I[1,[]]"])</script>',
  "</body></html>",
].join("");

describe("stripScripts", () => {
  let out = "";
  beforeAll(async () => {
    out = await stripScripts(EXPORTED);
  });

  it("finds the scripts a browser would run in the export (so the test means something)", async () => {
    expect(await executableScripts(EXPORTED)).toEqual(["/_next/static/chunks/main-app.js", "inline", "inline"]);
  });

  it("removes every script a browser would run", async () => {
    expect(await executableScripts(out)).toEqual([]);
    expect(out).not.toContain("__next_f");
    expect(out).not.toContain("main-app.js");
  });

  it("removes script preloads and module preloads, but not the stylesheet or a font preload", () => {
    expect(out).not.toContain("webpack.js");
    expect(out).not.toContain("modulepreload");
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/css/app.css">');
    expect(out).toContain('<link rel="preload" href="/fonts/body.woff2" as="font" crossorigin="">');
  });

  it("keeps the JSON-LD data block unchanged", () => {
    expect(out).toContain(
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Update"}</script>',
    );
  });

  it("keeps the page's content, links and escaped text exactly as they were", () => {
    expect(out).toContain('<a class="skip-link" href="#main-content">Skip to main content</a>');
    expect(out).toContain(
      '<main id="main-content"><h1>We found a problem</h1><p>Call us on <a href="tel:+442079460100">020 7946 0100</a> &amp; check <code>&lt;script&gt;</code> tags.</p><div hidden="">Hidden on purpose but with content</div></main>',
    );
    expect(out.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(out).toContain("<title>Cyber incident: service updates</title>");
  });

  it("removes React's empty hidden wrappers and Suspense markers", () => {
    expect(out).not.toContain("<!--");
    expect(out).toMatch(/<\/main><\/body><\/html>$/);
  });

  it("changes nothing more on a second pass", async () => {
    expect(await stripScripts(out)).toBe(out);
  });
});

describe("stripPage reports what a browser could still run", () => {
  it("event handlers and javascript: addresses, which no script element carries", async () => {
    const page = await stripPage(
      '<body><img src="x.png" onerror="alert(1)" alt=""><a href=" JavaScript:alert(2)">x</a><a href="/advice/">ok</a><script>alert(3)</script></body>',
    );
    expect(page.executable).toEqual(["onerror on <img>", "javascript: in href on <a>"]);
    expect(page.html).not.toContain("alert(3)");
  });

  it("nothing once the scripts Next adds are stripped", async () => {
    expect((await stripPage(EXPORTED)).executable).toEqual([]);
  });

  it("keeps a script-free page byte for byte", async () => {
    const page = "<!DOCTYPE html><html><head><title>A &amp; B</title></head><body><p class=x>Caf\u00e9 &lt;b&gt;</p></body></html>";
    expect((await stripPage(page)).html).toBe(page);
  });
});
