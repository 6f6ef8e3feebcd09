/**
 * Long incidents: the incident's page keeps the latest updates in full and the rest as a
 * dated list, the oldest-first pages hold every update in full (10 to a page, counted from
 * the first), and links written before an incident grew long still land on the update.
 */
import { describe, expect, it } from "vitest";
import { sitePages, timelineLayouts, timelineLinkResolver, updateInTimeline, type UpdateRef } from "@/lib/routes";
import { EARLIER_IN_BRIEF, LATEST_IN_FULL, timelineLayout } from "@/lib/timeline";
import { check } from "./support/content-fixture";

const refs = (n: number, incident = "attack"): UpdateRef[] =>
  Array.from({ length: n }, (_, i) => ({ incident, slug: `u${i + 1}`, published: 1_000 + i }));

const source = (updates: UpdateRef[]) => ({
  site: { organisations: [{ id: "rbkc" }] },
  incidents: [{ slug: "attack" }, { slug: "quiet" }],
  updates,
  services: [],
  advice: [],
});

describe("the timeline layout of a long incident", () => {
  const layout = timelineLayout(refs(57));

  it("pages of 10 from the first update: the last page holds the rest", () => {
    expect(layout.pages.map((p) => p.length)).toEqual([10, 10, 10, 10, 10, 7]);
    expect(layout.pages[0][0].slug).toBe("u1");
    expect(layout.pages[5].at(-1)!.slug).toBe("u57");
    expect(layout.pageOf.get("u11")).toBe(2);
  });

  it("the incident's page: the latest in full, newest first, then the ones before in brief", () => {
    expect(layout.latestInFull.map((u) => u.slug)).toEqual(["u57", "u56", "u55", "u54", "u53"]);
    expect(layout.earlierInBrief).toHaveLength(EARLIER_IN_BRIEF);
    expect(layout.earlierInBrief[0].slug).toBe("u52");
    expect(layout.earlierInBrief.at(-1)!.slug).toBe(`u${57 - LATEST_IN_FULL - EARLIER_IN_BRIEF + 1}`);
  });

  it("a new update changes only the last page: earlier pages keep their address and updates", () => {
    const next = timelineLayout(refs(61));
    expect(next.pages.slice(0, 5)).toEqual(layout.pages.slice(0, 5));
    expect(next.pages.map((p) => p.length)).toEqual([10, 10, 10, 10, 10, 10, 1]);
  });

  it("a short incident fits on one page, and an incident with no update still has its oldest-first page", () => {
    const short = timelineLayout(refs(3));
    expect(short.pages).toHaveLength(1);
    expect(short.latestInFull.map((u) => u.slug)).toEqual(["u3", "u2", "u1"]);
    expect(short.earlierInBrief).toEqual([]);
    expect(timelineLayout([]).pages).toEqual([[]]);
  });

  it("orders by publication time, whatever order the files come in", () => {
    const shuffled = [...refs(12)].reverse();
    const layouts = timelineLayouts(source(shuffled));
    expect(layouts.get("attack")!.pages[0].map((u) => u.slug)).toEqual(refs(10).map((u) => u.slug));
  });
});

describe("pages and ids the checker knows", () => {
  const pages = sitePages(source(refs(57)));

  it("every update has its id on exactly one oldest-first page, and the pages are numbered from 2", () => {
    const oldestFirst = [...pages.keys()].filter((p) => p.startsWith("/incidents/attack/oldest-first/"));
    expect(oldestFirst).toEqual([
      "/incidents/attack/oldest-first/",
      ...[2, 3, 4, 5, 6].map((n) => `/incidents/attack/oldest-first/${n}/`),
    ]);
    const ids = oldestFirst.flatMap((p) => [...pages.get(p)!]);
    expect(ids.sort()).toEqual(refs(57).map((u) => u.slug).sort());
    expect(pages.has("/incidents/quiet/oldest-first/")).toBe(true);
    expect(pages.has("/incidents/quiet/oldest-first/2/")).toBe(false);
  });

  it("the incident's page carries the ids of the updates it shows, no more", () => {
    expect(pages.get("/incidents/attack/")!.size).toBe(LATEST_IN_FULL + EARLIER_IN_BRIEF);
    expect(pages.get("/incidents/attack/")!.has("u57")).toBe(true);
    expect(pages.get("/incidents/attack/")!.has("u1")).toBe(false);
  });
});

describe("links to an update on its incident's page", () => {
  const resolve = timelineLinkResolver(source(refs(57)));

  it("an update that has left the incident's page: to the oldest-first page that shows it", () => {
    expect(resolve("/incidents/attack/#u3")).toBe("/incidents/attack/oldest-first/#u3");
    expect(resolve("/incidents/attack/#u25--what-to-do")).toBe("/incidents/attack/oldest-first/3/#u25--what-to-do");
  });

  it("an update still on the incident's page: unchanged (a heading only when it is in full)", () => {
    expect(resolve("/incidents/attack/#u57")).toBe("/incidents/attack/#u57");
    expect(resolve("/incidents/attack/#u57--what-to-do")).toBe("/incidents/attack/#u57--what-to-do");
    expect(resolve("/incidents/attack/#u50")).toBe("/incidents/attack/#u50");
    expect(resolve("/incidents/attack/#u50--what-to-do")).toBe("/incidents/attack/oldest-first/5/#u50--what-to-do");
  });

  it("any other link: unchanged", () => {
    for (const href of ["/incidents/attack/#updates", "/incidents/other/#u3", "/advice/#u3", "/incidents/attack/updates/u3/", "https://example.org/incidents/attack/#u3"]) {
      expect(resolve(href)).toBe(href);
    }
  });

  it("'see this update in the timeline': the incident's page for the latest few, else its oldest-first page", () => {
    const layout = timelineLayout(refs(57));
    expect(updateInTimeline(layout, "attack", "u57")).toBe("/incidents/attack/#u57");
    expect(updateInTimeline(layout, "attack", "u50")).toBe("/incidents/attack/oldest-first/5/#u50");
    expect(updateInTimeline(layout, "attack", "u1")).toBe("/incidents/attack/oldest-first/#u1");
  });
});

describe("the checker on a long incident", () => {
  const many = Object.fromEntries(
    Array.from({ length: 25 }, (_, i) => {
      const day = String(1 + Math.floor(i / 10)).padStart(2, "0");
      const minute = String(i % 10).padStart(2, "0");
      return [`incidents/attack/updates/u${String(i + 1).padStart(2, "0")}.md`, `---\ntitle: Update ${i + 1}\npublished: 2025-12-${day} 10:${minute}\nphase: investigating\n---\n\nText.\n\n## What to do\n\nWait.\n`];
    }),
  );
  const withLink = (href: string) => ({
    ...many,
    "incidents/attack/updates/u01.md": null,
    "incidents/attack/updates/first.md": null,
    "advice/report-fraud.md": `---\ntitle: Report fraud\n---\n\nSee [the first update](${href}).\n`,
  });

  it("accepts a link to an early update on the incident's page, which now points to its oldest-first page", () => {
    expect(check(withLink("/incidents/attack/#u02"))).toEqual([]);
    expect(check(withLink("/incidents/attack/#u02--what-to-do"))).toEqual([]);
    expect(check(withLink("/incidents/attack/oldest-first/3/#u25"))).toEqual([]);
  });

  it("refuses a page of the timeline that does not exist, and an id that is on another page", () => {
    expect(check(withLink("/incidents/attack/oldest-first/4/"))[0]).toMatch(/broken link: "\/incidents\/attack\/oldest-first\/4\/" is not a page on this site/);
    expect(check(withLink("/incidents/attack/oldest-first/2/#u02"))[0]).toMatch(/the page \/incidents\/attack\/oldest-first\/2\/ has no section "u02"/);
  });
});
