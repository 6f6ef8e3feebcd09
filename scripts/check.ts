/**
 * `npm run check`: every problem in the content folder, one per line, as
 * `path:LINE: field.path: message`; exit 1 on any error, 0 otherwise. Never a stack trace.
 */
import { appendFileSync } from "node:fs";
import { relative } from "node:path";
import { annotation, jobSummary } from "../lib/content/github-annotations";
import { contentDir, loadContent } from "../lib/content/load";
import { DEFAULT_ANALYSIS_CACHE, openAnalysisCache } from "../lib/content/analysis-cache";
import { formatProblem } from "../lib/content/problems";

function main(): number {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const dir = contentDir();
  const started = performance.now();
  const { content, problems } = loadContent(dir, { analysisCache: openAnalysisCache(DEFAULT_ANALYSIS_CACHE) });
  const where = relative(process.cwd(), dir) || ".";
  // In GitHub Actions, each problem is also an annotation on its line of the file.
  const onGitHub = process.env.GITHUB_ACTIONS === "true";
  for (const problem of problems) {
    console.log(formatProblem(problem));
    if (onGitHub) console.log(annotation(problem, where));
  }
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const drafts = content?.updates.filter((u) => u.draft).length ?? 0;
  const counted = content
    ? `${plural(content.updates.length, "update")}${drafts ? ` (${drafts} draft)` : ""} in ${plural(content.incidents.length, "incident")}, ${plural(content.services.length, "service")}, ${plural(content.advice.length, "advice section")}`
    : "site.md could not be read, so links and cross-references are not checked yet";
  const ms = Math.round(performance.now() - started);
  const summary = `${where}: ${counted}; ${plural(errors, "error")}, ${plural(warnings, "warning")} (${ms} ms)`;
  if (onGitHub && process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, jobSummary(problems, summary, where));
  if (errors > 0) {
    console.error(`\n${summary}. Nothing is published until every error is fixed.`);
    return 1;
  }
  console.error(summary);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  // A bug in the checker itself, not in the content: say so plainly, without a stack trace.
  console.error(`The checker itself failed (${error instanceof Error ? error.message : String(error)}). This is not a problem in your content: please tell the developers.`);
  process.exitCode = 2;
}
