import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { textDirection } from "@/components/social-card";
import { loadContent } from "@/lib/content/load";
import { buildSiteModel } from "@/lib/site";
import { socialCards } from "@/lib/social-cards/cards";
import { drawCard } from "@/lib/social-cards/draw";
import { emojiImage, twemojiNames } from "@/lib/social-cards/emoji";
import { fontsFor } from "@/lib/social-cards/fonts";
import { pngSize } from "../support/png";
import { describeScripts, LAST_RESORT_CARD, writeSocialCards } from "@/scripts/social-cards";

const scratch = mkdtempSync(join(tmpdir(), "cards-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function unicodeSite() {
  const { content, problems } = loadContent("tests/fixtures/unicode");
  expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  return content!;
}


describe("fonts for a card's text", () => {
  const families = (text: string) => [...new Set(fontsFor(text).map((f) => f.name))];

  it("English needs only Noto Sans's Latin subsets", () => {
    expect(families("Phone lines are working again")).toEqual(["noto-sans-latin-ext", "noto-sans-latin"]);
  });

  it("adds the subset for each script the text uses, and nothing for emoji", () => {
    expect(families("تحذير")).toContain("noto-sans-arabic-arabic");
    expect(families("সতর্কতা")).toContain("noto-sans-bengali-bengali");
    expect(families("ਪੰਜਾਬੀ ગુજરાતી")).toEqual(expect.arrayContaining(["noto-sans-gurmukhi-gurmukhi", "noto-sans-gujarati-gujarati"]));
    expect(families("警告").some((f) => f.startsWith("noto-sans-sc-"))).toBe(true);
    expect(families("⚠️ 👩🏽‍💻 🏴󠁧󠁢󠁷󠁬󠁳󠁿")).toEqual(families("x"));
  });

  it("returns the same array for the same needs, so satori parses each font once", () => {
    expect(fontsFor("Hello")).toBe(fontsFor("Goodbye ŵ"));
  });
});

describe("emoji artwork", () => {
  it("names files as Twemoji does, without the variation selector", () => {
    expect(twemojiNames("⚠️")).toEqual(["26a0", "26a0-fe0f"]);
    expect(twemojiNames("👩🏽‍💻")).toEqual(["1f469-1f3fd-200d-1f4bb"]);
  });

  it("finds ZWJ sequences, skin tones and subdivision flags in the installed package", () => {
    for (const emoji of ["⚠️", "👩🏽‍💻", "🏴󠁧󠁢󠁷󠁬󠁳󠁿", "🇬🇧", "👍🏿", "👨‍👩‍👧"]) expect(emojiImage(emoji), emoji).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(emojiImage("x")).toBeUndefined();
  });
});

describe("drawing a card", () => {
  const base = { phase: "Investigating", time: "Monday 24 November 2025, 9:30am", organisations: "Cyngor Llanfair", siteTitle: "Service updates" };

  it("draws emoji, Welsh, Arabic, Bengali and Chinese with real glyphs as a 1200×630 PNG", async () => {
    const card = await drawCard({ ...base, title: "⚠️ Rhybudd ŵ ŷ â — تحذير — সতর্কতা — 警告 👩🏽‍💻" });
    expect(card.missing).toEqual([]);
    expect(pngSize(card.png)).toEqual({ signature: "PNG", width: 1200, height: 630 });
  }, 30_000);

  it("draws a script with no bundled font as boxes and says which text", async () => {
    const card = await drawCard({ ...base, title: "தமிழ் text" });
    expect(card.missing.join("")).toMatch(/\p{Script=Tamil}/u);
    expect(describeScripts(card.missing.join(""))).toBe("the Tamil text");
    expect(pngSize(card.png).width).toBe(1200);
  }, 30_000);

  it("lays right-to-left titles out from the right", () => {
    expect(textDirection("تحذير: رسائل احتيال (fake emails)")).toBe("rtl");
    expect(textDirection("⚠️ 2025: تحذير")).toBe("rtl");
    expect(textDirection("Fake emails تحذير")).toBe("ltr");
  });
});

describe("the card step", () => {
  it("lists a card for the site, each incident and each published update, with the line of its title", () => {
    const site = unicodeSite();
    const cards = socialCards(site);
    expect(cards.map((c) => c.path)).toEqual([
      "/card.png",
      "/incidents/ymosodiad-seiber/card.png",
      ...buildSiteModel(site).updates.map((u) => `/incidents/ymosodiad-seiber/updates/${u.slug}/card.png`),
    ]);
    expect(cards.find((c) => c.path.includes("/j-tamil/"))!.source).toEqual({ file: "incidents/ymosodiad-seiber/updates/j-tamil.md", line: 2 });
  });

  it("every language has its own cards, in its own words, with warnings pointing at the translation", () => {
    const { content } = loadContent("tests/fixtures/welsh-site");
    const cards = socialCards(content!);
    const welsh = cards.find((c) => c.path === "/cy/incidents/ymosodiad-seiber/updates/a-phones-down/card.png")!;
    expect(welsh.text).toMatchObject({ title: "Nid yw'r llinellau ffôn na thaliadau ar-lein yn gweithio", phase: "Ymchwilio" });
    expect(welsh.text.time).toMatch(/^Dydd Llun 24 Tachwedd 2025, 9:30yb$/);
    expect(welsh.source).toEqual({ file: "incidents/ymosodiad-seiber/updates/a-phones-down.cy.md", line: 2 });
    expect(welsh.fallback).toEqual({ path: "/cy/incidents/ymosodiad-seiber/card.png", what: "the incident's card" });
    const english = cards.find((c) => c.path === "/incidents/ymosodiad-seiber/updates/a-phones-down/card.png")!;
    expect(english.text).toMatchObject({ title: "Phone lines and online payments are down", phase: "Investigating" });
    // Arabic (a partial language): the untranslated update keeps its English title, in an Arabic card.
    const arabic = cards.find((c) => c.path === "/ar/incidents/ymosodiad-seiber/updates/a-phones-down/card.png")!;
    expect(arabic.text.title).toBe("Phone lines and online payments are down");
    expect(arabic.source.file).toBe("incidents/ymosodiad-seiber/updates/a-phones-down.md");
    expect(cards.filter((c) => c.path.endsWith("/card.png") && !c.path.includes("/incidents/")).map((c) => c.path)).toEqual(["/card.png", "/cy/card.png", "/ar/card.png"]);
  });

  it("a card that cannot be drawn is a warning with file and line, and the incident's card is published instead", async () => {
    const site = unicodeSite();
    const out = join(scratch, "failing");
    const result = await writeSocialCards(out, site, {
      draw: async (text) => {
        if (text.title.startsWith("警告")) throw new Error("the layout engine gave up");
        return { png: new TextEncoder().encode(`card for ${text.title}`), missing: [] };
      },
    });
    expect(result.warnings.map((w) => `${w.file}:${w.line}: ${w.field}: ${w.message}`)).toEqual([
      "incidents/ymosodiad-seiber/updates/e-chinese.md:2: title: the social card /incidents/ymosodiad-seiber/updates/e-chinese/card.png could not be drawn (the layout engine gave up); the incident's card is published in its place",
    ]);
    expect(result.replaced).toBe(1);
    const incidentCard = readFileSync(join(out, "incidents/ymosodiad-seiber/card.png"), "utf8");
    expect(incidentCard).toBe("card for Ymosodiad seiber 🔒 Cyber attack");
    expect(readFileSync(join(out, "incidents/ymosodiad-seiber/updates/e-chinese/card.png"), "utf8")).toBe(incidentCard);
  });

  it("when nothing can be drawn, every card is the plain one and the build goes on", async () => {
    const out = join(scratch, "nothing");
    const result = await writeSocialCards(out, unicodeSite(), { draw: async () => Promise.reject(new Error("no image library")) });
    expect(result.replaced).toBe(socialCards(unicodeSite()).length);
    expect(readFileSync(join(out, "card.png"))).toEqual(readFileSync(LAST_RESORT_CARD));
    expect(readFileSync(join(out, "incidents/ymosodiad-seiber/updates/a-fake-emails/card.png"))).toEqual(readFileSync(LAST_RESORT_CARD));
  });

  it("draws only cards whose text changed since the last build", async () => {
    const site = unicodeSite();
    const cacheDir = join(scratch, "cache");
    const first = await writeSocialCards(join(scratch, "one"), site, { cacheDir });
    expect(first.drawn).toBe(socialCards(site).length);
    const second = await writeSocialCards(join(scratch, "two"), site, { cacheDir });
    expect({ drawn: second.drawn, fromCache: second.fromCache }).toEqual({ drawn: 0, fromCache: first.drawn });
    expect(readFileSync(join(scratch, "two", "card.png"))).toEqual(readFileSync(join(scratch, "one", "card.png")));
  }, 120_000);
});
