/**
 * A problem the checker reports to a comms officer. Every problem names the file
 * (relative to the content folder), the line and, where it concerns one field, the
 * field's path (`links[0].url`, `services.parking-permits.status`).
 */
import { closest, distance } from "fastest-levenshtein";

export type Severity = "error" | "warning";

export interface Problem {
  file: string;
  line: number;
  /** Dots and brackets; absent for a problem with the whole file. */
  field?: string;
  message: string;
  severity: Severity;
}

/** `path:LINE: field.path: message`, warnings with `warning:` before the message. */
export function formatProblem(p: Problem): string {
  const field = p.field ? ` ${p.field}:` : "";
  const warning = p.severity === "warning" ? " warning:" : "";
  return `${p.file}:${p.line}:${field}${warning} ${p.message}`;
}

/** Files in path order, then line, so the report reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      (a.field ?? "").localeCompare(b.field ?? ""),
  );
}

/** `links`, 0, `url` → `links[0].url`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/**
 * The nearest candidate when it is close enough to be a likely typo:
 * at most a third of the word's length in edits (and at least one allowed).
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || word.length === 0) return undefined;
  const lower = word.toLowerCase();
  const exactCase = candidates.find((c) => c.toLowerCase() === lower);
  if (exactCase) return exactCase;
  const best = closest(lower, candidates as string[]);
  const limit = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
  return distance(lower, best.toLowerCase()) <= limit ? best : undefined;
}

/** ` (did you mean "x"?)` or nothing. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const guess = nearest(word, candidates);
  return guess && guess !== word ? ` (did you mean "${guess}"?)` : "";
}

/** How a found value is named in a message: "found …". */
export function describeFound(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") {
    if (value.trim() === "") return "empty text";
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `"${shown}"`;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a group of fields";
  return String(value);
}
