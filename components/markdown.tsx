import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { markdownToHast, type RenderOptions } from "@/lib/content/markdown";

/**
 * A Markdown body as React elements from the sanitised tree: no HTML string and no
 * dangerouslySetInnerHTML anywhere. `lang` and `dir` mark a body in another language
 * than the page's.
 */
export function Markdown({ markdown, lang, dir, ...options }: { markdown: string; lang?: string; dir?: "ltr" | "rtl" } & RenderOptions) {
  if (!markdown.trim()) return null;
  const tree = markdownToHast(markdown, options);
  return (
    <div className="prose" lang={lang} dir={dir}>
      {toJsxRuntime(tree, { Fragment, jsx, jsxs })}
    </div>
  );
}
