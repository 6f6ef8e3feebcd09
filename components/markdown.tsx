import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import type { ComponentProps } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { markdownToHast, type RenderOptions } from "@/lib/content/markdown";

/**
 * A Markdown body as React elements from the sanitised tree: no HTML string and no
 * dangerouslySetInnerHTML anywhere. `lang` and `dir` mark a body in another language
 * than the page's. `resolveLink` (the site model's) points a link to an update on a long
 * incident's page at the timeline page that now shows it.
 */
export function Markdown({
  markdown,
  lang,
  dir,
  resolveLink,
  ...options
}: { markdown: string; lang?: string; dir?: "ltr" | "rtl"; resolveLink?: (href: string) => string } & RenderOptions) {
  if (!markdown.trim()) return null;
  const tree = markdownToHast(markdown, options);
  const components = resolveLink
    ? { a: ({ href, ...props }: ComponentProps<"a">) => <a {...props} href={href === undefined ? href : resolveLink(href)} /> }
    : undefined;
  return (
    <div className="prose" lang={lang} dir={dir}>
      {toJsxRuntime(tree, { Fragment, jsx, jsxs, components })}
    </div>
  );
}
