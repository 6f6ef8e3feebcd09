import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { loadContent } from "@/lib/content/load";
import { atom, feedSource, jsonFeed, rss } from "@/lib/feeds";
import { buildSiteModel } from "@/lib/site";

const { content } = loadContent("tests/fixtures/hostile");
if (!content) throw new Error("the hostile fixture must load");
const site = buildSiteModel(content);
const parser = new Parser();

const ONE = "One: AT&T <script>alert(3)</script>";
const TWO = "Two \"quotes\" & 'apostrophes' ]]>";
const PERMALINK = (slug: string) => `https://status.example.org/incidents/breach/updates/${slug}/`;

/** Atom titles are type="html": a reader decodes them once to get the text back. */
function decodeHtml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

describe("RSS 2.0, read by an independent parser (rss-parser)", () => {
  it("has one entry per published update, newest first, with permalinks as ids and exact dates", async () => {
    const feed = await parser.parseString(rss(feedSource(content)));
    expect(feed.items.map((i) => i.guid)).toEqual([PERMALINK("two"), PERMALINK("one")]);
    expect(feed.items.map((i) => i.link)).toEqual([PERMALINK("two"), PERMALINK("one")]);
    expect(new Date(feed.items[1].pubDate!).toISOString()).toBe("2025-06-01T08:00:00.000Z");
    expect(feed.items[0].isoDate).toBe("2025-06-02T08:00:00.000Z"); // 09:00 BST
  });

  it("carries titles with &, <, quotes and ]]> exactly, and the feed title too", async () => {
    const feed = await parser.parseString(rss(feedSource(content)));
    expect(feed.title).toBe('Status & <alerts> "quoted"');
    expect(feed.items.map((i) => i.title)).toEqual([TWO, ONE]);
  });

  it("never contains the draft", () => {
    expect(rss(feedSource(content))).not.toContain("Secret draft");
  });

  it("carries the body as sanitised HTML: raw HTML from the writer is gone", async () => {
    const feed = await parser.parseString(rss(feedSource(content)));
    const body = feed.items[1]["content:encoded"] as string;
    expect(body).toContain("Body with");
    expect(body).not.toMatch(/<script/i); // the tags are left out; their text stays text
    expect(body).toContain('<a href="https://status.example.org/advice/">good link</a>');
  });
});

describe("Atom 1.0, read by rss-parser", () => {
  it("has the same entries, ids and escaped titles, and <updated> is the latest correction", async () => {
    const xml = atom(feedSource(content));
    const feed = await parser.parseString(xml);
    expect(xml).toContain("<updated>2025-06-02T09:30:00.000Z</updated>");
    expect(xml).toContain("<published>2025-06-02T08:00:00.000Z</published>");
    expect(feed.items.map((i) => i.id)).toEqual([PERMALINK("two"), PERMALINK("one")]);
    expect(feed.items.map((i) => decodeHtml(i.title!))).toEqual([TWO, ONE]);
    expect(xml).not.toContain("<script>alert(3)");
    expect(xml).not.toContain("Secret draft");
  });
});

// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), the fields this site uses.
const jsonFeedSchema = z.object({
  version: z.literal("https://jsonfeed.org/version/1.1"),
  title: z.string(),
  home_page_url: z.url().optional(),
  feed_url: z.url().optional(),
  description: z.string().optional(),
  language: z.string().optional(),
  authors: z.array(z.object({ name: z.string().optional(), url: z.string().optional() })).optional(),
  items: z.array(
    z.object({
      id: z.string(),
      url: z.url().optional(),
      title: z.string().optional(),
      summary: z.string().optional(),
      content_html: z.string().optional(),
      content_text: z.string().optional(),
      date_published: z.iso.datetime({ offset: true }).optional(),
      date_modified: z.iso.datetime({ offset: true }).optional(),
      tags: z.array(z.string()).optional(),
    }).refine((i) => i.content_html !== undefined || i.content_text !== undefined, "an item needs content_html or content_text"),
  ),
});

describe("JSON Feed 1.1", () => {
  it("matches the documented shape, per incident too", () => {
    const whole = jsonFeedSchema.parse(JSON.parse(jsonFeed(feedSource(content))));
    expect(whole.items.map((i) => [i.id, i.title])).toEqual([
      [PERMALINK("two"), TWO],
      [PERMALINK("one"), ONE],
    ]);
    const one = jsonFeedSchema.parse(JSON.parse(jsonFeed(feedSource(content, "breach"))));
    expect(one.feed_url).toBe("https://status.example.org/incidents/breach/feed.json");
    expect(one.items).toHaveLength(2);
  });
});

describe("entry ids", () => {
  it("do not change when an update's body or title is edited", () => {
    const edited = {
      ...content,
      updates: content.updates.map((u) => (u.slug === "one" ? { ...u, title: "Edited", body: { ...u.body, markdown: "New body" } } : u)),
    };
    const before = JSON.parse(jsonFeed(feedSource(content))).items.map((i: { id: string }) => i.id);
    const after = JSON.parse(jsonFeed(feedSource(edited))).items.map((i: { id: string }) => i.id);
    expect(after).toEqual(before);
  });
});

describe("the site model used by feeds", () => {
  it("has no drafts", () => {
    expect(site.updates.map((u) => u.slug)).toEqual(["one", "two"]);
  });
});
