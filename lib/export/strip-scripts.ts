/**
 * The post-export step's HTML transform: Next.js adds its framework JavaScript and an
 * inline RSC payload to every exported page, even with no client component. A status
 * page must not depend on a runtime, so every script goes, except JSON-LD data blocks
 * (`type="application/ld+json"`), which browsers never execute.
 *
 * One streaming pass (parse5's rewriting stream: the HTML tokenizer, no tree) strips the
 * page and checks what it keeps: everything not removed is passed through byte for byte,
 * and anything a browser could still run (an event-handler attribute, a `javascript:`
 * address, a script) is reported, so the build can refuse the page.
 */
import { RewritingStream } from "parse5-html-rewriting-stream";

type Attr = { name: string; value: string };
type StartTag = { tagName: string; attrs: Attr[]; selfClosing: boolean };

const attr = (tag: StartTag, name: string) => tag.attrs.find((a) => a.name === name)?.value;

function isDataBlock(tag: StartTag): boolean {
  return (attr(tag, "type") ?? "").trim().toLowerCase() === "application/ld+json";
}

function isScriptPreload(tag: StartTag): boolean {
  if (tag.tagName !== "link") return false;
  const rel = (attr(tag, "rel") ?? "").toLowerCase().split(/\s+/);
  return rel.includes("modulepreload") || (rel.includes("preload") && (attr(tag, "as") ?? "").toLowerCase() === "script");
}

const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "data"]);

/** What in a start tag a browser would run: a script, an `on…` handler, a `javascript:` address. */
function executableIn(tag: StartTag): string[] {
  const found: string[] = [];
  if (tag.tagName === "script" && !isDataBlock(tag)) found.push(attr(tag, "src") ?? "inline");
  for (const a of tag.attrs) {
    if (/^on/i.test(a.name)) found.push(`${a.name} on <${tag.tagName}>`);
    // Browsers ignore whitespace and control characters inside the scheme.
    else if (URL_ATTRIBUTES.has(a.name.toLowerCase()) && /^javascript:/i.test(a.value.replace(/[\u0000-\u0020]/g, ""))) {
      found.push(`javascript: in ${a.name} on <${tag.tagName}>`);
    }
  }
  return found;
}

function rewrite(html: string, wire: (rw: RewritingStream) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const rw = new RewritingStream();
    const chunks: string[] = [];
    wire(rw);
    rw.on("data", (chunk: string) => chunks.push(chunk));
    rw.on("end", () => resolve(chunks.join("")));
    rw.on("error", reject);
    rw.end(html);
  });
}

export interface StrippedPage {
  html: string;
  /** Whatever a browser could still run in the stripped page (empty when it is safe). */
  executable: string[];
}

/**
 * Removes scripts, script preloads, React's Suspense comments and the `hidden` wrappers
 * React leaves empty, in one pass; reports anything executable that is left.
 */
export async function stripPage(html: string): Promise<StrippedPage> {
  const executable: string[] = [];
  // Output goes to the innermost open `<div hidden>` (kept only if something is left in
  // it), else to the page.
  const hidden: { open: string; parts: string[]; content: boolean; depth: number }[] = [];
  let inDroppedScript = false;
  const out = await rewrite(html, (rw) => {
    const emit = (s: string) => {
      const top = hidden.at(-1);
      if (top) top.parts.push(s);
      else rw.emitRaw(s);
    };
    const markContent = () => {
      const top = hidden.at(-1);
      if (top) top.content = true;
    };
    rw.on("startTag", (tag: StartTag, raw: string) => {
      if (inDroppedScript) return;
      if (tag.tagName === "script" && !isDataBlock(tag)) {
        inDroppedScript = !tag.selfClosing;
        return;
      }
      if (isScriptPreload(tag)) return;
      if (tag.tagName === "div" && attr(tag, "hidden") !== undefined && !tag.selfClosing) {
        markContent();
        hidden.push({ open: raw, parts: [], content: false, depth: 0 });
        return;
      }
      executable.push(...executableIn(tag));
      markContent();
      const top = hidden.at(-1);
      if (top && tag.tagName === "div") top.depth++;
      emit(raw);
    });
    rw.on("endTag", (tag: { tagName: string }, raw: string) => {
      if (inDroppedScript) {
        if (tag.tagName === "script") inDroppedScript = false;
        return;
      }
      const top = hidden.at(-1);
      if (top && tag.tagName === "div") {
        if (top.depth > 0) top.depth--;
        else {
          hidden.pop();
          // An empty hidden wrapper (only Suspense comments, now gone) is dropped.
          if (top.content) emit(top.open + top.parts.join("") + raw);
          return;
        }
      }
      emit(raw);
    });
    rw.on("text", (_text: unknown, raw: string) => {
      if (inDroppedScript) return;
      markContent();
      emit(raw);
    });
    // React's Suspense markers (<!--$-->, <!--/$-->) mean nothing without React.
    rw.on("comment", () => undefined);
  });
  // An unclosed hidden div (malformed page): keep what it held.
  return { html: out + hidden.map((h) => h.open + h.parts.join("")).join(""), executable };
}

/** `stripPage` without the report. */
export async function stripScripts(html: string): Promise<string> {
  return (await stripPage(html)).html;
}

/** Everything in a page a browser would run (a separate pass, for tests and checks). */
export async function executableScripts(html: string): Promise<string[]> {
  const found: string[] = [];
  await rewrite(html, (rw) => {
    rw.on("startTag", (tag: StartTag, raw: string) => {
      found.push(...executableIn(tag));
      rw.emitRaw(raw);
    });
  });
  return found;
}
