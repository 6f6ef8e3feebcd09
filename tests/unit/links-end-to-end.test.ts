/**
 * What the checker accepts is what the page renders: links checked and rendered
 * together, so the two cannot disagree.
 */
import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { markdownToHast } from "@/lib/content/markdown";
import { adviceWithBody, check, load, PATHS, SITE } from "./support/content-fixture";

const html = (markdown: string, options = {}) => toHtml(markdownToHast(markdown, options));

describe("links the checker accepts are links on the page", () => {
  it("a scheme in capitals (as a word processor writes it) is accepted and rendered", () => {
    expect(check({ [PATHS.advice]: adviceWithBody("[NCSC](Https://www.ncsc.gov.uk/guidance) [mail](MAILTO:a@b.org)") })).toEqual([]);
    expect(html("[NCSC](Https://www.ncsc.gov.uk/guidance) [mail](MAILTO:a@b.org)")).toBe(
      '<p><a href="https://www.ncsc.gov.uk/guidance">NCSC<span class="link-domain"> (ncsc.gov.uk)</span></a> <a href="mailto:a@b.org">mail</a></p>',
    );
  });

  it("a fragment to another advice section works on /advice/ and is not given the body's prefix", () => {
    const files = {
      [PATHS.advice]: adviceWithBody("See [scams](#spot-scams)."),
      "advice/spot-scams.md": adviceWithBody("Hang up."),
    };
    expect(check(files)).toEqual([]);
    expect(html("See [scams](#spot-scams).", { idPrefix: "report-fraud--" })).toBe('<p>See <a href="#spot-scams">scams</a>.</p>');
  });

  it("a fragment to a heading of the same text follows the prefix its ids get", () => {
    expect(html("[jump](#what-to-do)\n\n## What to do", { idPrefix: "u--" })).toBe(
      '<p><a href="#u--what-to-do">jump</a></p>\n<h2 id="u--what-to-do">What to do</h2>',
    );
  });

  it("a fragment that is no heading of the text is a broken link, with a did-you-mean", () => {
    expect(check({ [PATHS.advice]: adviceWithBody("[jump](#what-to-dp)\n\n## What to do") })).toEqual([
      'advice/report-fraud.md:5: broken link: "#what-to-dp" is not a heading in this text (did you mean "what-to-do"?): to link to another page\'s section, write its address, like /advice/#report-fraud',
    ]);
  });

  it("a site link to a heading inside an update on the timeline is checked against that update's headings", () => {
    const update = load().content!.updates[0];
    const good = `[a](/incidents/attack/#${update.slug}--what-to-do)`;
    const bad = `[b](/incidents/attack/#${update.slug}--nothing)`;
    const problems = check({
      [PATHS.update]: `---\ntitle: First\npublished: 2025-11-24 09:00\nphase: investigating\n---\n\n## What to do\n`,
      [PATHS.advice]: adviceWithBody(`${good} ${bad}`),
    });
    expect(problems).toEqual([
      `advice/report-fraud.md:5: broken link: "/incidents/attack/#${update.slug}--nothing": the page /incidents/attack/ has no section "${update.slug}--nothing"`,
    ]);
  });
});

describe("ids on a page are never used twice", () => {
  it("a heading named like one of the page's own sections gets a different id", () => {
    expect(html("## History\n\n## Cite")).toBe('<h2 id="history-1">History</h2>\n<h2 id="cite-1">Cite</h2>');
  });
});

describe("the default summary", () => {
  it("leaves out struck-through text", () => {
    const { content } = load({
      [PATHS.update]: "---\ntitle: First\npublished: 2025-11-24 09:00\nphase: investigating\n---\n\nCall ~~020 7946 0000~~ 020 7946 1111 now.\n",
    });
    expect(content!.updates[0].summary).toBe("Call 020 7946 1111 now.");
  });
});

describe("site.md url", () => {
  it("must be the root of a domain, because every page links from /", () => {
    expect(check({ [PATHS.site]: SITE.replace("url: https://status.example.org.uk", "url: https://example.github.io/status/") })).toEqual([
      'site.md:3: url: expected the address of the root of a domain, such as https://status.example.org, found "https://example.github.io/status/": the site must be served from the root of its domain (use a custom domain, not a folder)',
    ]);
  });
});
