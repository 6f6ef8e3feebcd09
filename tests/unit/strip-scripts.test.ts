/**
 * The post-export step: a status page must work with no JavaScript, so every script and
 * script preload Next.js adds goes; JSON-LD data (never executed) and the page itself stay.
 */
import { describe, expect, it } from "vitest";
import { executableScripts, stripScripts } from "@/lib/export/strip-scripts";

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
  const out = stripScripts(EXPORTED);

  it("finds the scripts a browser would run in the export (so the test means something)", () => {
    expect(executableScripts(EXPORTED)).toEqual(["/_next/static/chunks/main-app.js", "inline", "inline"]);
  });

  it("removes every script a browser would run", () => {
    expect(executableScripts(out)).toEqual([]);
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

  it("keeps the page's content, links and escaped text intact", () => {
    expect(out).toContain('<a class="skip-link" href="#main-content">Skip to main content</a>');
    expect(out).toContain(
      '<main id="main-content"><h1>We found a problem</h1><p>Call us on <a href="tel:+442079460100">020 7946 0100</a> &#x26; check <code>&#x3C;script></code> tags.</p><div hidden>Hidden on purpose but with content</div></main>',
    );
    expect(out.startsWith("<!doctype html>")).toBe(true);
    expect(out).toContain("<title>Cyber incident: service updates</title>");
  });

  it("removes React's empty hidden wrappers and Suspense markers", () => {
    expect(out).not.toContain("<!--");
    expect(out).toMatch(/<\/main><\/body><\/html>$/);
  });

  it("changes nothing more on a second pass", () => {
    expect(stripScripts(out)).toBe(out);
  });
});
