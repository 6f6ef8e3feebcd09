import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openAnalysisCache } from "@/lib/content/analysis-cache";
import { loadContent } from "@/lib/content/load";

const CONTENT = "tests/fixtures/xss"; // warnings in many bodies: a cache must not lose them

describe("the body-analysis cache", () => {
  it("gives the same problems and summaries cold, warm, and from a corrupt cache file", () => {
    const file = join(mkdtempSync(join(tmpdir(), "cache-")), "analysis.json");
    const plain = loadContent(CONTENT);
    const cold = loadContent(CONTENT, { analysisCache: openAnalysisCache(file) });
    const warm = loadContent(CONTENT, { analysisCache: openAnalysisCache(file) });
    writeFileSync(file, "{ not json");
    const corrupt = loadContent(CONTENT, { analysisCache: openAnalysisCache(file) });
    expect(plain.problems.length).toBeGreaterThan(0);
    for (const run of [cold, warm, corrupt]) {
      expect(run.problems).toEqual(plain.problems);
      expect(run.content?.updates.map((u) => u.summary)).toEqual(plain.content?.updates.map((u) => u.summary));
    }
  });

  it("a warm run answers from the cache instead of parsing again", () => {
    const file = join(mkdtempSync(join(tmpdir(), "cache-")), "analysis.json");
    loadContent(CONTENT, { analysisCache: openAnalysisCache(file) });
    const cache = openAnalysisCache(file)!;
    expect(cache.get("Code `<script>alert(14)</script>` stays code.")).toBeUndefined();
    const { content } = loadContent(CONTENT);
    const body = content!.updates[0].body.markdown;
    expect(cache.get(body)?.findings.length).toBeGreaterThan(0);
  });
});
