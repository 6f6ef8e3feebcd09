/**
 * Splits a content file into its YAML frontmatter and Markdown body, parses the YAML
 * as YAML 1.2 (core schema: `yes` is text, a bare timestamp stays text, duplicate keys
 * are errors) and answers "which line is this field on?" for messages.
 *
 * Hand-split rather than gray-matter: gray-matter treats a file whose frontmatter is
 * never closed as all frontmatter (the body silently vanishes) and drops line offsets,
 * and both are things a comms officer must be told about.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from "yaml";
import { fieldPath } from "./problems";

export interface ParsedFile {
  /** The frontmatter as plain data (maps become objects). */
  data: unknown;
  /** The Markdown after the closing `---`. */
  body: string;
  /** The file line on which the body starts (1-based). */
  bodyStartLine: number;
  /** The line of the field at `path`, or of its deepest existing ancestor; 1 at the top. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

export interface FileProblem {
  line: number;
  field?: string;
  message: string;
}

/**
 * `ok` with `problems`: the frontmatter has errors that still leave its fields readable (a
 * key given twice), so the fields are checked too. Not `ok`: nothing could be read, but
 * `body` is there whenever the frontmatter was closed, so the text is still checked.
 */
export type SplitResult =
  | { ok: true; file: ParsedFile; problems?: FileProblem[] }
  | { ok: false; problems: FileProblem[]; body?: { markdown: string; line: number } };

const DELIMITER = /^---[ \t]*$/;
const CLOSER = /^(---|\.\.\.)[ \t]*$/;

export function parseContentFile(raw: string): SplitResult {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") {
    return fail(1, "the file is empty: expected frontmatter between two --- lines, then the text");
  }
  const lines = text.split("\n");
  if (!DELIMITER.test(lines[0])) {
    return fail(
      1,
      `expected the file to start with a line "---" opening the frontmatter, found "${truncate(lines[0])}"`,
    );
  }
  const close = lines.findIndex((line, i) => i > 0 && CLOSER.test(line));
  if (close === -1) {
    return fail(
      1,
      'the frontmatter opened on line 1 is never closed: add a line "---" after the last field',
    );
  }
  const body = { markdown: lines.slice(close + 1).join("\n"), line: close + 2 };
  const failWithBody = (problems: FileProblem[]): SplitResult => ({ ok: false, problems, body });
  const yamlText = lines.slice(1, close).join("\n");
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, {
    version: "1.2",
    schema: "core",
    uniqueKeys: true,
    prettyErrors: false,
    lineCounter,
  });
  // YAML lines are file lines shifted by the opening "---".
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;

  const yamlProblems = doc.errors.map((e) => yamlProblem(e, doc, lineAt));
  // A key given twice leaves every field readable: report it and check the rest too.
  if (doc.errors.some((e) => e.code !== "DUPLICATE_KEY")) return failWithBody(yamlProblems);
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) {
    const found = isSeq(contents) ? "a list" : "a single value";
    return failWithBody([{ line: 2, message: `expected fields written as "name: value" in the frontmatter, found ${found}` }]);
  }
  // YAML's anchors (&x), references (*x) and tags (!x) are never what a writer means:
  // `title: &amp here` would silently lose "&amp", `title: !important` would be empty.
  const special: FileProblem[] = [];
  visit(doc, {
    Node(_, node) {
      const line = node.range ? lineAt(node.range[0]) : 2;
      const yamlProblemAt = (what: string) =>
        special.push({ line, message: `the frontmatter is not valid YAML: ${what}: put the value in quotes` });
      if (isAlias(node)) yamlProblemAt(`a value starting with * is read as a reference to another value ("*${node.source}")`);
      else if (node.anchor) yamlProblemAt(`a value starting with & is read as a YAML anchor, so "&${node.anchor}" would be left out`);
      else if (node.tag) yamlProblemAt("a value starting with ! is read as a YAML tag");
    },
  });
  if (special.length > 0) return failWithBody(special);
  let data: unknown;
  try {
    data = contents === null ? {} : doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return failWithBody([{ line: 2, message: `the frontmatter is not valid YAML: ${error instanceof Error ? error.message : String(error)}` }]);
  }
  return {
    ok: true,
    ...(yamlProblems.length > 0 ? { problems: yamlProblems } : {}),
    file: {
      data,
      body: body.markdown,
      bodyStartLine: body.line,
      lineOf: (path) => lineOfPath(doc, path, lineAt),
    },
  };
}

function fail(line: number, message: string): SplitResult {
  return { ok: false, problems: [{ line, message }] };
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

function yamlProblem(
  error: { code: string; message: string; pos: [number, number] },
  doc: Document,
  lineAt: (offset: number) => number,
): FileProblem {
  const line = lineAt(error.pos[0]);
  if (error.code === "DUPLICATE_KEY") {
    const found = keyAt(doc, error.pos[0]);
    return {
      line,
      field: found?.path,
      message: `this field is given twice: keep one${found ? ` "${found.key}"` : ""} and delete the other`,
    };
  }
  const first = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  let hint = "";
  if (/compact mapping|Nested mappings/i.test(first)) {
    hint = ' (a value that contains ": " must be in quotes)';
  } else if (/Missing closing/i.test(first)) {
    hint = " (a value that starts with a quote mark must end with the same quote mark)";
  } else if (/reserved character|Unexpected scalar at node end|^Flow (sequence|map)/i.test(first)) {
    hint = " (a value that starts with [, {, *, @ or ` must be in quotes)";
  } else if (/indent|Tabs|All mapping items/i.test(first)) {
    hint = " (check the spaces at the start of this line line up with the fields around it)";
  } else if (/^Unexpected .* token|^Implicit (map )?keys/i.test(first)) {
    hint = ' (each field is written as "name: value" on its own line; a value with special characters must be in quotes)';
  }
  return { line, message: `the frontmatter is not valid YAML: ${first}${hint}` };
}

/**
 * The full path (`organisations[1].name`) of the pair whose key starts at `offset`, for
 * duplicate-key messages.
 */
function keyAt(doc: Document, offset: number): { key: string; path: string } | undefined {
  let found: { key: string; path: string } | undefined;
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key !== undefined && isScalar(pair.key) && pair.key.range && pair.key.range[0] === offset) {
          found = { key, path: fieldPath([...path, key]) };
        }
        if (key !== undefined) walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    }
  };
  walk(doc.contents, []);
  return found;
}

function lineOfPath(
  doc: Document,
  path: readonly PropertyKey[],
  lineAt: (offset: number) => number,
): number {
  let node: unknown = doc.contents;
  let line = 1;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part),
      );
      if (!pair) break;
      const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
      if (keyRange) line = lineAt(keyRange[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof part === "number") {
      const item = node.items[part] as { range?: [number, number] } | undefined;
      if (!item) break;
      if (item.range) line = lineAt(item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}
