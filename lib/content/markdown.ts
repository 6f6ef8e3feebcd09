/**
 * Markdown bodies: checked (links, images, raw HTML), summarised (first paragraph) and
 * turned into a sanitised HTML tree (hast) that components render as React elements.
 * Raw HTML never survives: remark-rehype runs without `allowDangerousHtml` and
 * rehype-sanitize is the last tree change. No React here: components/ renders the tree.
 */
import GithubSlugger from "github-slugger";
import type { Element, ElementContent, Root as HastRoot, Text } from "hast";
import type { Definition, Nodes, PhrasingContent, Root as MdastRoot } from "mdast";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { classifyLink, displayDomain, safeDecode, type LinkKind } from "./links";
import { visibleLength } from "./schemas";

const parser = unified().use(remarkParse).use(remarkGfm);

export interface BodyLink {
  url: string;
  /** Line within the body (1-based). */
  line: number;
  image: boolean;
}

export interface BodyFinding {
  line: number;
  message: string;
  severity: "error" | "warning";
}

export interface BodyAnalysis {
  links: BodyLink[];
  findings: BodyFinding[];
  /** The ids its headings get (before any page prefix), for checking `#fragment` links. */
  headings: string[];
  /** The first paragraph as plain text, whitespace folded; undefined if none. */
  firstParagraph?: string;
}

export function parseMarkdown(markdown: string): MdastRoot {
  const tree = parser.parse(markdown);
  upgradeWwwAutolinks(tree, markdown);
  return tree;
}

/**
 * GFM turns a bare `www.ncsc.gov.uk/...` into an http:// link. Writers paste addresses
 * like that from press releases; they mean the site, so it becomes https://.
 */
function upgradeWwwAutolinks(tree: MdastRoot, source: string) {
  visit(tree, "link", (node) => {
    if (!node.url.startsWith("http://www.")) return;
    const start = node.position?.start.offset;
    if (start !== undefined && /^www\./i.test(source.slice(start, start + 4))) {
      node.url = `https://${node.url.slice("http://".length)}`;
    }
  });
}

/** Links, images and raw HTML in a body, plus its first paragraph, in one walk. */
export function analyseMarkdown(markdown: string): BodyAnalysis {
  const tree = parseMarkdown(markdown);
  const definitions = collectDefinitions(tree);
  const links: BodyLink[] = [];
  const findings: BodyFinding[] = [];
  const headings = [...headingIds(tree).values()];
  let firstParagraph: string | undefined;

  for (const child of tree.children) {
    if (child.type === "paragraph") {
      const text = plainText(child).replace(/\s+/g, " ").trim();
      if (text) {
        firstParagraph = text;
        break;
      }
    }
  }

  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case "link":
        links.push({ url: node.url, line, image: false });
        break;
      case "image":
        links.push({ url: node.url, line, image: true });
        if (!node.alt?.trim()) findings.push(emptyAlt(line));
        break;
      case "linkReference":
      case "imageReference": {
        const def = definitions.get(node.identifier);
        if (def) links.push({ url: def.url, line, image: node.type === "imageReference" });
        if (node.type === "imageReference" && !node.alt?.trim()) findings.push(emptyAlt(line));
        break;
      }
      case "html": {
        const html = node.value.trim();
        if (!/^<!--[\s\S]*-->$/.test(html)) {
          const shown = html.length > 40 ? `${html.slice(0, 37)}...` : html;
          findings.push({
            line,
            severity: "warning",
            message: `raw HTML is never shown on the site and will be left out: ${shown} (use Markdown instead)`,
          });
        }
        break;
      }
      case "heading":
        if (node.depth === 1) {
          findings.push({
            line,
            severity: "warning",
            message: 'a "# " heading is shown as "## ": the page title is the only top-level heading, so start headings at ##',
          });
        }
        break;
    }
  });
  return { links, findings, headings, firstParagraph };
}

function emptyAlt(line: number): BodyFinding {
  return {
    line,
    severity: "error",
    message: "an image needs alt text describing it for people who cannot see it: write ![what the picture shows](address)",
  };
}

function collectDefinitions(tree: MdastRoot): Map<string, Definition> {
  const defs = new Map<string, Definition>();
  visit(tree, "definition", (node) => {
    if (!defs.has(node.identifier)) defs.set(node.identifier, node);
  });
  return defs;
}

/** The text a reader would see, without Markdown syntax. */
export function plainText(node: Nodes): string {
  // Struck-through text is what is no longer true: it is not part of a summary.
  if (node.type === "delete") return "";
  if ("value" in node && (node.type === "text" || node.type === "inlineCode")) return node.value;
  if (node.type === "break") return " ";
  if (node.type === "image") return node.alt ?? "";
  if ("children" in node) return (node.children as Nodes[]).map(plainText).join("");
  return "";
}

/**
 * The contract's default summary: at most `max` characters; a longer text is cut at the
 * last word break that leaves room for "…".
 */
export function shorten(text: string, max = 280): string {
  if (text.length <= max || visibleLength(text) <= max) return text;
  const graphemes = [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)].map((s) => s.segment);
  // A word break is a space; the text before the space at index max - 1 is max - 1
  // long, which still leaves room for "…".
  const upToBreak = graphemes.slice(0, max).join("");
  const cut = upToBreak.search(/\s\S*$/);
  const head = (cut > 0 ? upToBreak.slice(0, cut) : graphemes.slice(0, max - 1).join("")).replace(/[\s,;:.\-–—]+$/, "");
  return `${head}…`;
}

export interface RenderOptions {
  /** The HTML level a body's `##` becomes (2 on an update page, 4 inside a timeline entry). */
  headingBase?: number;
  /** Prefix for heading and footnote ids, so several bodies can share one page. */
  idPrefix?: string;
}

const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobber: [],
  clobberPrefix: "",
  protocols: {
    ...defaultSchema.protocols,
    href: ["https", "mailto", "tel"],
    src: ["https"],
    cite: ["https"],
    longDesc: ["https"],
  },
  attributes: {
    ...defaultSchema.attributes,
    span: [...(defaultSchema.attributes?.span ?? []), ["className", "link-domain"], ["dir", "ltr"]],
    input: [...(defaultSchema.attributes?.input ?? []), "ariaLabel"],
    h2: ["id"],
    h3: ["id"],
    h4: ["id"],
    h5: ["id"],
    h6: ["id"],
  },
};

/**
 * Ids the pages themselves use. A heading called "History" in a body on the page that
 * has its own "History" section becomes `history-1`, so no id is ever used twice.
 */
export const RESERVED_IDS = [
  "main-content",
  "banner-title",
  "urgent-contacts",
  "press-office",
  "disrupted",
  "stay-safe",
  "updates",
  "earlier-updates",
  "timeline-pages",
  "history",
  "cite",
  "what-to-do-instead",
  "board-contents",
  "advice-contents",
  "org-incidents",
  "org-services",
  "footnote-label",
] as const;

/** Each heading's id, as github-slugger makes it from the heading's text, in order. */
export function headingIds(tree: MdastRoot): Map<Nodes, string> {
  const slugger = new GithubSlugger();
  for (const id of RESERVED_IDS) slugger.slug(id);
  const ids = new Map<Nodes, string>();
  visit(tree, "heading", (node) => {
    ids.set(node, slugger.slug(plainText(node)));
  });
  return ids;
}

const rendered = new Map<string, HastRoot>();

/**
 * The body as a sanitised hast tree, ready for `hast-util-to-jsx-runtime`. A body shows on
 * its update page, both timelines and the feeds, so each (body, options) is built once per
 * process; the tree is shared, so callers must not change it (clone it first).
 */
export function markdownToHast(markdown: string, options: RenderOptions = {}): HastRoot {
  const key = `${options.headingBase ?? 2}\u0000${options.idPrefix ?? ""}\u0000${markdown}`;
  let tree = rendered.get(key);
  if (!tree) {
    if (rendered.size > 10_000) rendered.clear();
    tree = buildHast(markdown, options);
    rendered.set(key, tree);
  }
  return tree;
}

function buildHast(markdown: string, options: RenderOptions): HastRoot {
  const mdast = parseMarkdown(markdown);
  neutraliseLinks(mdast);
  const headingBase = options.headingBase ?? 2;
  const prefix = options.idPrefix ?? "";
  const ids = headingIds(mdast);
  for (const [node, id] of ids) {
    node.data = { ...node.data, hProperties: { ...(node.data as { hProperties?: object } | undefined)?.hProperties, id: `${prefix}${id}` } };
  }
  const own = new Set(ids.values());
  const processor = unified()
    .use(remarkRehype, { clobberPrefix: `${prefix}fn-` })
    .use(() => (tree: HastRoot) => {
      shiftHeadings(tree, headingBase, prefix);
      decorateLinks(tree, prefix, own);
      labelCheckboxes(tree);
      keepNumbersLeftToRight(tree);
    })
    .use(rehypeSanitize, sanitizeSchema);
  return processor.runSync(mdast) as HastRoot;
}

/** A link or image whose address breaks the policy is never rendered as one. */
function neutraliseLinks(tree: MdastRoot) {
  const definitions = collectDefinitions(tree);
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    let url: string | undefined;
    if (node.type === "link" || node.type === "image") url = node.url;
    else if (node.type === "linkReference" || node.type === "imageReference") {
      url = definitions.get(node.identifier)?.url ?? "";
    } else return;
    const verdict = classifyLink(url);
    if (verdict.ok) {
      // `Https://`, `MAILTO:`: the scheme in lower case, as the sanitiser expects.
      if (node.type === "link" || node.type === "image") node.url = verdict.href;
      return;
    }
    const replacement: PhrasingContent[] =
      node.type === "link" || node.type === "linkReference"
        ? (node.children as PhrasingContent[])
        : [{ type: "text", value: node.alt ?? "" }];
    (parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
    return [SKIP, index];
  });
  visit(tree, "definition", (node) => {
    const verdict = classifyLink(node.url);
    node.url = verdict.ok ? verdict.href : "";
  });
}

/** The id remark-rehype gives the footnotes heading, which every reference describes itself by. */
const FOOTNOTE_LABEL = "footnote-label";

/** Heading levels fit the page; ids were given in the Markdown tree (see headingIds). */
function shiftHeadings(tree: HastRoot, base: number, prefix: string) {
  visit(tree, "element", (node: Element) => {
    const m = /^h([1-6])$/.exec(node.tagName);
    if (!m) return;
    const depth = Math.max(2, Number(m[1]));
    node.tagName = `h${Math.min(6, base + depth - 2)}`;
    // The footnotes heading keeps the id its references point at (aria-describedby).
    if (node.properties.id === FOOTNOTE_LABEL) node.properties.id = `${prefix}${FOOTNOTE_LABEL}`;
  });
}

function decorateLinks(tree: HastRoot, prefix: string, ownHeadings: ReadonlySet<string>) {
  visit(tree, "element", (node: Element) => {
    if (node.tagName !== "a" || typeof node.properties.href !== "string") return;
    if (node.properties.dataFootnoteRef !== undefined) node.properties.ariaDescribedBy = [`${prefix}${FOOTNOTE_LABEL}`];
    const href = node.properties.href;
    // A link to one of this body's own headings follows the prefix its ids were given;
    // any other fragment (a section of the page, a footnote) is left as written.
    if (href.startsWith("#")) {
      const target = safeDecode(href.slice(1));
      if (prefix && ownHeadings.has(target)) node.properties.href = `#${prefix}${target}`;
      return;
    }
    const verdict = classifyLink(href);
    if (!verdict.ok) return;
    const kind: LinkKind = verdict.kind;
    // Site links get their trailing slash: `/advice#x` → `/advice/#x`.
    if (kind === "site") node.properties.href = verdict.href;
    // An email address or phone number shown as itself reads left to right in every
    // language: on an Arabic page "report@phishing.gov.uk" must not come out reversed.
    if ((kind === "mailto" || kind === "tel") && textOf(node).trim() === href.replace(/^(mailto|tel):/i, "").trim()) {
      node.children = [{ type: "element", tagName: "span", properties: { dir: "ltr" }, children: node.children }];
    }
    if (kind === "https") {
      const domain = displayDomain(href);
      if (domain && !textOf(node).toLowerCase().includes(domain.toLowerCase())) {
        const label: ElementContent = {
          type: "element",
          tagName: "span",
          properties: { className: ["link-domain"] },
          children: [{ type: "text", value: ` (${domain})` }],
        };
        node.children.push(label);
      }
    }
  });
}

function labelCheckboxes(tree: HastRoot) {
  visit(tree, "element", (node: Element) => {
    if (node.tagName === "input" && node.properties.type === "checkbox") {
      node.properties.ariaLabel = node.properties.checked ? "Done" : "Not done";
    }
  });
}

/**
 * A phone number in right-to-left text ("اتصل على 0300 123 2040") would show its groups
 * in reverse order ("2040 123 0300"), a wrong number to a resident. Each run of digits
 * that looks like a phone number is wrapped in `<span dir="ltr">`, which keeps it left to
 * right and isolated from the words around it, whatever the paragraph's direction.
 */
const PHONE_LIKE = /\+?\(?\d[\d\s().-]{5,}\d/g;

function keepNumbersLeftToRight(tree: HastRoot) {
  visit(tree, "text", (node: Text, index, parent) => {
    if (!parent || index === undefined || (parent.type === "element" && ["code", "pre"].includes(parent.tagName))) return;
    const parts: ElementContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(PHONE_LIKE)) {
      if (match[0].replace(/\D/g, "").length < 7 || !/\s/.test(match[0])) continue;
      if (match.index > last) parts.push({ type: "text", value: node.value.slice(last, match.index) });
      parts.push({ type: "element", tagName: "span", properties: { dir: "ltr" }, children: [{ type: "text", value: match[0] }] });
      last = match.index + match[0].length;
    }
    if (parts.length === 0) return;
    if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
    parent.children.splice(index, 1, ...parts);
    return index + parts.length;
  });
}

function textOf(node: ElementContent | HastRoot): string {
  if (node.type === "text") return node.value;
  if ("children" in node) return node.children.map((c) => textOf(c as ElementContent)).join("");
  return "";
}
