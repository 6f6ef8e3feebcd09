/**
 * Update bodies as HTML strings, for feeds only (pages render React elements). The tree
 * is the same sanitised tree the pages use; site-relative links become absolute so they
 * work in a feed reader (after `resolveLink`, which sends links to an update that has left
 * its incident's page to the page that shows it).
 */
import type { Element, Root } from "hast";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { markdownToHast } from "./content/markdown";

const stringifier = unified().use(rehypeStringify);

export function markdownToHtml(markdown: string, siteUrl: string, idPrefix = "", resolveLink: (href: string) => string = (href) => href): string {
  // A copy: the rendered tree is shared with the pages, and links change here.
  const tree = structuredClone(markdownToHast(markdown, { headingBase: 2, idPrefix })) as Root;
  visit(tree, "element", (node: Element) => {
    for (const attr of ["href", "src"] as const) {
      const value = node.properties[attr];
      if (typeof value === "string" && value.startsWith("/")) node.properties[attr] = new URL(resolveLink(value), siteUrl).href;
    }
  });
  return stringifier.stringify(tree);
}

/** Text for a place that is read as HTML (an Atom `type="html"` title, an RSS description). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
