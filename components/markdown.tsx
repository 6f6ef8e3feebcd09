import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { markdownToHast, type RenderOptions } from "@/lib/content/markdown";

/**
 * A Markdown body as React elements from the sanitised tree: no HTML string and no
 * dangerouslySetInnerHTML anywhere.
 */
export function Markdown({ markdown, ...options }: { markdown: string } & RenderOptions) {
  if (!markdown.trim()) return null;
  const tree = markdownToHast(markdown, options);
  return <div className="prose">{toJsxRuntime(tree, { Fragment, jsx, jsxs })}</div>;
}
