/**
 * Workflow commands are parsed by GitHub: a message or path with a comma, colon, percent
 * sign or line break must arrive whole, on the right file and line.
 */
import { describe, expect, it } from "vitest";
import { annotation, jobSummary, repositoryPath } from "@/lib/content/github-annotations";
import type { Problem } from "@/lib/content/problems";

const problem = (p: Partial<Problem>): Problem => ({ file: "site.md", line: 1, message: "m", severity: "error", ...p });

describe("annotation", () => {
  it("escapes the characters GitHub would otherwise read as structure", () => {
    expect(
      annotation(problem({ file: "advice/a,b.md", line: 12, field: "links[0].url", message: "100% wrong:\nline two" }), "content"),
    ).toBe("::error file=content/advice/a%2Cb.md,line=12,title=links[0].url::100%25 wrong:%0Aline two");
    expect(annotation(problem({ field: "a:b" }), ".")).toBe("::error file=site.md,line=1,title=a%3Ab::m");
  });

  it("names the file from the repository's root, whatever the content folder", () => {
    expect(repositoryPath(problem({ file: "services/x.md" }), "content")).toBe("content/services/x.md");
    expect(repositoryPath(problem({ file: "services/x.md" }), "councils/ours/")).toBe("councils/ours/services/x.md");
    expect(repositoryPath(problem({ file: "services/x.md" }), ".")).toBe("services/x.md");
  });
});

describe("jobSummary", () => {
  it("says the content passed when there is nothing to fix", () => {
    expect(jobSummary([], "content: 7 updates; 0 errors, 0 warnings", "content")).toBe("## Content check passed\n\ncontent: 7 updates; 0 errors, 0 warnings\n");
  });

  it("lists at most the limit, and says how many more are in the log", () => {
    const many = Array.from({ length: 5 }, (_, i) => problem({ line: i + 1 }));
    const text = jobSummary(many, "s", "content", 3);
    expect(text).toContain("content/site.md:3: m");
    expect(text).not.toContain("content/site.md:4: m");
    expect(text).toContain("... and 2 more in the job log");
  });
});
