/**
 * The post-export step's HTML transform: Next.js adds its framework JavaScript and an
 * inline RSC payload to every exported page, even with no client component. A status
 * page must not depend on a runtime, so every script goes, except JSON-LD data blocks
 * (`type="application/ld+json"`), which browsers never execute.
 */
import type { Element, Root } from "hast";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";

const processor = unified().use(rehypeParse).use(rehypeStringify);

function isDataBlock(node: Element): boolean {
  return node.properties.type === "application/ld+json";
}

function isScriptPreload(node: Element): boolean {
  if (node.tagName !== "link") return false;
  const rel = ([] as unknown[]).concat(node.properties.rel ?? []).map(String);
  return rel.includes("modulepreload") || (rel.includes("preload") && node.properties.as === "script");
}

/** Removes scripts, script preloads and the `hidden` wrappers React leaves behind. */
export function stripScripts(html: string): string {
  const tree = processor.parse(html) as Root;
  visit(tree, "element", (node: Element, index, parent) => {
    if (!parent || index === undefined) return;
    const drop =
      (node.tagName === "script" && !isDataBlock(node)) ||
      isScriptPreload(node) ||
      (node.tagName === "div" && node.properties.hidden !== undefined && node.children.every((c) => c.type === "comment"));
    if (drop) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
  });
  // React's Suspense markers (<!--$-->, <!--/$-->) mean nothing without React.
  visit(tree, "comment", (_node, index, parent) => {
    if (!parent || index === undefined) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return processor.stringify(tree);
}

/** Script elements a browser would execute (anything but a JSON-LD data block). */
export function executableScripts(html: string): string[] {
  const tree = processor.parse(html) as Root;
  const found: string[] = [];
  visit(tree, "element", (node: Element) => {
    if (node.tagName === "script" && !isDataBlock(node)) found.push(String(node.properties.src ?? "inline"));
  });
  return found;
}
