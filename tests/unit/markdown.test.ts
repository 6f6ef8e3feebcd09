/**
 * Markdown bodies as readers get them: the default summary, and the rendered tree that
 * never carries raw HTML or a dangerous link, says where external links go, and gives
 * headings stable ids.
 *
 * The tree is rendered with hast-util-to-html so the assertions read as the HTML a
 * reader's browser gets.
 */
import { toHtml } from "hast-util-to-html";
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { analyseMarkdown, markdownToHast, shorten, type RenderOptions } from "@/lib/content/markdown";
import { visibleLength } from "@/lib/content/schemas";

const html = (markdown: string, options?: RenderOptions) => toHtml(markdownToHast(markdown, options));
const elements = (tree: Root) => {
  const found: Element[] = [];
  visit(tree, "element", (node: Element) => {
    found.push(node);
  });
  return found;
};

describe("the default summary", () => {
  const summary = (markdown: string) => analyseMarkdown(markdown).firstParagraph;

  it("is the first paragraph as plain text, skipping headings and lists", () => {
    const markdown = "## What happened\n\n- a list item\n\nWe found **unusual** activity\non our [systems](https://example.org) at `9am`.\n\nSecond paragraph.";
    expect(summary(markdown)).toBe("We found unusual activity on our systems at 9am.");
  });

  it("skips a paragraph that is only an HTML comment", () => {
    expect(summary("<!-- note -->\n\nThe real first paragraph.")).toBe("The real first paragraph.");
  });

  it("is nothing when the body has no paragraph", () => {
    expect(summary("## Heading\n\n- one\n- two")).toBeUndefined();
    expect(summary("")).toBeUndefined();
  });

  it("is left alone at 280 characters or fewer", () => {
    const text = `${"word ".repeat(55)}done.`;
    expect(visibleLength(text)).toBe(280);
    expect(shorten(text, 280)).toBe(text);
  });

  it("is cut at the last word break that leaves room for the ellipsis", () => {
    expect(shorten("aaa bbb ccc", 8)).toBe("aaa bbb…");
    expect(shorten("aaa bbb ccc", 7)).toBe("aaa…");
    expect(shorten("aaa bbbb ccc", 8)).toBe("aaa…");
  });

  it("drops punctuation left dangling before the ellipsis", () => {
    expect(shorten("Call us, then email us today", 10)).toBe("Call us…");
  });

  it("cuts a text with no spaces at 279 characters plus the ellipsis", () => {
    expect(shorten("x".repeat(300), 280)).toBe(`${"x".repeat(279)}…`);
  });

  it("counts emojis once and never splits one", () => {
    const text = `${"🚨 ".repeat(150)}end`;
    const cut = shorten(text, 280);
    expect(visibleLength(cut)).toBeLessThanOrEqual(280);
    expect(cut).toBe(`${"🚨 ".repeat(139).trimEnd()} 🚨…`);
  });

  it("is at most 280 characters and a prefix of the text, for long real-looking text", () => {
    const text = "The council found unusual activity on its systems early on Monday. ".repeat(8).trim();
    const cut = shorten(text, 280);
    expect(visibleLength(cut)).toBeLessThanOrEqual(280);
    expect(cut.endsWith("…")).toBe(true);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    // It ends on a whole word.
    expect(text.charAt(cut.length - 1)).toMatch(/[\s.]/);
  });
});

describe("rendering: raw HTML never survives", () => {
  it("drops a script block and an inline script", () => {
    const out = html("Hello <script>alert(1)</script> there.\n\n<script>alert(2)</script>");
    expect(out).not.toContain("<script");
    expect(out).not.toContain("alert(2)");
    expect(out).toBe("<p>Hello alert(1) there.</p>");
  });

  it("drops an image with an onerror handler", () => {
    const tree = markdownToHast('Text\n\n<img src="x" onerror="alert(1)">\n\nMore');
    expect(elements(tree).map((e) => e.tagName)).toEqual(["p", "p"]);
    expect(toHtml(tree)).not.toContain("onerror");
  });

  it("drops HTML comments", () => {
    expect(html("Before <!-- secret note --> after")).toBe("<p>Before  after</p>");
  });

  it("leaves out a <span> tag written in text but keeps its words", () => {
    expect(html("Call <span style=\"color:red\">now</span>")).toBe("<p>Call now</p>");
  });

  it("escapes a <span> written as an entity or in code, so it shows as text", () => {
    expect(html("Type &lt;span&gt; or `<span>` here")).toBe("<p>Type &#x3C;span> or <code>&#x3C;span></code> here</p>");
  });
});

describe("rendering: links", () => {
  it.each([
    ["javascript:", "[click me](javascript:alert(1))"],
    ["data:", "[click me](data:text/html,hi)"],
    ["vbscript:", "[click me](vbscript:msgbox)"],
    ["http:", "[click me](http://example.org)"],
    ["protocol-relative", "[click me](//example.org)"],
    ["relative", "[click me](advice/)"],
  ])("renders a %s link as plain text", (_kind, markdown) => {
    expect(html(markdown)).toBe("<p>click me</p>");
  });

  it("renders a bad reference-style link as plain text", () => {
    expect(html("[click me][x]\n\n[x]: javascript:alert(1)")).toBe("<p>click me</p>");
  });

  it("renders a bad image as its alt text", () => {
    expect(html("![a map](http://example.org/map.png)")).toBe("<p>a map</p>");
  });

  it("keeps an https image", () => {
    expect(html("![a map](https://example.org/map.png)")).toBe('<p><img src="https://example.org/map.png" alt="a map"></p>');
  });

  it("shows the domain of an external link, without www.", () => {
    expect(html("Read [the guidance](https://www.ncsc.gov.uk/collection/top-tips).")).toBe(
      '<p>Read <a href="https://www.ncsc.gov.uk/collection/top-tips">the guidance<span class="link-domain"> (ncsc.gov.uk)</span></a>.</p>',
    );
  });

  it("does not repeat the domain when the link text already shows it", () => {
    expect(html("<https://www.ncsc.gov.uk>")).toBe('<p><a href="https://www.ncsc.gov.uk">https://www.ncsc.gov.uk</a></p>');
  });

  it("turns a bare www. address into an https link", () => {
    expect(html("See www.ncsc.gov.uk today")).toBe('<p>See <a href="https://www.ncsc.gov.uk">www.ncsc.gov.uk</a> today</p>');
  });

  it("adds the trailing slash to a site link and keeps mailto, tel and fragments", () => {
    expect(html("[a](/advice#report-fraud) [b](mailto:press@example.org.uk) [c](tel:+442079460000) [d](#top) [e](/feed.xml)")).toBe(
      '<p><a href="/advice/#report-fraud">a</a> <a href="mailto:press@example.org.uk">b</a> <a href="tel:+442079460000">c</a> <a href="#top">d</a> <a href="/feed.xml">e</a></p>',
    );
  });

  it("prefixes fragment links to headings with the idPrefix, so they still land", () => {
    expect(html("## What to do\n\n[jump](#what-to-do)", { idPrefix: "u1-" })).toBe(
      '<h2 id="u1-what-to-do">What to do</h2>\n<p><a href="#u1-what-to-do">jump</a></p>',
    );
  });
});

describe("rendering: headings, tables and task lists", () => {
  it("gives headings ids from their text, unique within the body", () => {
    expect(html("## What to do\n\n## What to do\n\n### Call us")).toBe(
      '<h2 id="what-to-do">What to do</h2>\n<h2 id="what-to-do-1">What to do</h2>\n<h3 id="call-us">Call us</h3>',
    );
  });

  it("prefixes heading ids so two bodies on one page never clash", () => {
    expect(html("## Services", { idPrefix: "update-2-" })).toBe('<h2 id="update-2-services">Services</h2>');
  });

  it("shifts heading levels by headingBase, treats # as ## and stops at h6", () => {
    expect(html("# Top\n\n## Two\n\n### Three\n\n###### Six", { headingBase: 4 })).toBe(
      '<h4 id="top">Top</h4>\n<h4 id="two">Two</h4>\n<h5 id="three">Three</h5>\n<h6 id="six">Six</h6>',
    );
  });

  it("labels task-list checkboxes for screen readers", () => {
    const out = html("- [ ] Check your bank statements\n- [x] Change your password");
    expect(out).toContain('<input type="checkbox" disabled aria-label="Not done"> Check your bank statements');
    expect(out).toContain('<input type="checkbox" checked disabled aria-label="Done"> Change your password');
  });

  it("renders GFM tables", () => {
    expect(html("| Service | Status |\n|---|---|\n| Parking | Down |")).toContain("<td>Parking</td>");
  });

  it("points footnote references at the footnotes heading, prefixed", () => {
    const out = html("See this[^1].\n\n[^1]: The note.", { idPrefix: "u1-" });
    expect(out).toContain('aria-describedby="u1-footnote-label"');
    expect(out).toContain('<h2 id="u1-footnote-label">Footnotes</h2>');
    expect(out).toContain('href="#u1-fn-fn-1"');
    expect(out).toContain('id="u1-fn-fn-1"');
  });
});

describe("rendering: right-to-left text", () => {
  it("keeps a phone number's groups in order inside Arabic text", () => {
    expect(html("اتصل على 0300 123 2040 الآن.")).toBe('<p>اتصل على <span dir="ltr">0300 123 2040</span> الآن.</p>');
    expect(html("Ffoniwch +44 (0)20 7946 0500.")).toBe('<p>Ffoniwch <span dir="ltr">+44 (0)20 7946 0500</span>.</p>');
  });

  it("leaves years, single numbers and code alone", () => {
    expect(html("In 2025 we had 3 outages; ref 12345678.")).toBe("<p>In 2025 we had 3 outages; ref 12345678.</p>");
    expect(html("`0300 123 2040`")).toBe("<p><code>0300 123 2040</code></p>");
  });

  it("a writer cannot use dir to do anything else", () => {
    expect(html('<span dir="rtl">x</span>')).toBe("<p>x</p>");
  });
});
