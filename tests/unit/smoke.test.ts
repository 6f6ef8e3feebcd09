import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";

describe("the real content", () => {
  it("passes the checker with no errors and no warnings", () => {
    const { content, problems } = loadContent("content");
    expect(problems).toEqual([]);
    expect(content?.updates.length).toBeGreaterThan(0);
  });
});
