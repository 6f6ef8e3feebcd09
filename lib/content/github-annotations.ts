/**
 * The checker's problems as GitHub sees them: workflow commands that put each problem on
 * its line of the file in a commit or pull request (an annotation), and a short job
 * summary. `npm run check` writes both when it runs in GitHub Actions (GITHUB_ACTIONS=true).
 * See https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import { formatProblem, type Problem } from "./problems";

/** Workflow command data: %, CR and LF must be escaped. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Workflow command properties: also `:` and `,`, which separate properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** The file's path in the repository: problems name it relative to the content folder. */
export function repositoryPath(problem: Problem, contentPath: string): string {
  const folder = contentPath.replace(/\\/g, "/").replace(/\/+$/, "");
  return folder && folder !== "." ? `${folder}/${problem.file}` : problem.file;
}

/** `::error file=content/x.md,line=4,title=phase::expected ...`: one annotation. */
export function annotation(problem: Problem, contentPath: string): string {
  const properties = [`file=${escapeProperty(repositoryPath(problem, contentPath))}`, `line=${problem.line}`];
  if (problem.field) properties.push(`title=${escapeProperty(problem.field)}`);
  return `::${problem.severity} ${properties.join(",")}::${escapeData(problem.message)}`;
}

/** The job summary: the checker's own last line, then each problem as printed, with its file. */
export function jobSummary(problems: readonly Problem[], summary: string, contentPath: string, limit = 50): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  const lines = [
    errors > 0 ? "## Content check: nothing was published" : "## Content check passed",
    "",
    summary,
    "",
  ];
  if (problems.length > 0) {
    lines.push(
      errors > 0
        ? "Fix each error below (each is also marked on its line in the commit or pull request), then commit again."
        : "Warnings do not stop publishing, but look at each one.",
      "",
      "```",
      ...problems.slice(0, limit).map((p) => formatProblem({ ...p, file: repositoryPath(p, contentPath) })),
      ...(problems.length > limit ? [`... and ${problems.length - limit} more in the job log`] : []),
      "```",
      "",
    );
  }
  return lines.join("\n");
}
