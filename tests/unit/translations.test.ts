/**
 * Translations in the checker (docs/content-format.md, "Translations"): each rule as the
 * exact line a comms officer reads, on the smallest folder that shows it. The base
 * folder here is a Welsh council's: English by default, Welsh a full language, Arabic a
 * partial one, every text translated into Welsh.
 */
import { describe, expect, it } from "vitest";
import { localiseContent } from "@/lib/i18n/localise";
import { buildSiteModel } from "@/lib/site";
import { check, load, SITE } from "./support/content-fixture";

const WELSH_SITE = SITE.replace("url: https://status.example.org.uk", "url: https://status.example.org.uk\nlanguages:\n  full: [cy]\n  partial: [ar]");

const WELSH = {
  "site.md": WELSH_SITE,
  "site.cy.md": "---\ntitle: Statws y cyngor\n---\n\nAm y dudalen hon.\n",
  "incidents/attack/index.cy.md": "---\ntitle: Ymosodiad seiber\nsummary: Nid yw rhai systemau'n gweithio.\n---\n\nCefndir.\n",
  "incidents/attack/updates/first.cy.md": "---\ntitle: Rydym wedi canfod problem\n---\n\nFe welsom weithgarwch anarferol ar ein systemau.\n",
  "services/parking-permits.cy.md": "---\nname: Trwyddedau parcio\n---\n\nRhagor o fanylion.\n",
  "advice/report-fraud.cy.md": "---\ntitle: Rhoi gwybod am dwyll\n---\n\nSut i roi gwybod am dwyll.\n",
};

const welsh = (overrides: Record<string, string | null> = {}) => check({ ...WELSH, ...overrides });

describe("a Welsh council's folder", () => {
  it("with every text in Welsh has no problems", () => {
    expect(welsh()).toEqual([]);
  });

  it("an update published without its Welsh translation is an error naming the file to add", () => {
    expect(welsh({ "incidents/attack/updates/first.cy.md": null })).toEqual([
      "incidents/attack/updates/first.md:1: there is no Welsh translation of this update: add incidents/attack/updates/first.cy.md beside it. Welsh is a full language in site.md, so every published text must exist in Welsh too (for Welsh, the Welsh Language Standards require it); to publish the original on the Welsh pages until the translation is ready, set languages.untranslated: show-original in site.md",
    ]);
  });

  it("with untranslated: show-original, the missing translation is a warning and the Welsh page shows the English, marked", () => {
    const siteFile = WELSH_SITE.replace("  partial: [ar]", "  partial: [ar]\n  untranslated: show-original");
    const result = load({ ...WELSH, "site.md": siteFile, "incidents/attack/updates/first.cy.md": null });
    expect(result.problems.map((p) => `${p.severity}: ${p.file}`)).toEqual(["warning: incidents/attack/updates/first.md"]);
    const welshModel = buildSiteModel(result.content!, "cy");
    expect(welshModel.updates[0]).toMatchObject({ title: "We found a problem", textLanguage: "en" });
    expect(welshModel.incidents[0]).toMatchObject({ title: "Ymosodiad seiber", textLanguage: "cy" });
  });

  it("a draft needs no translation until it is published", () => {
    const draft = "---\ntitle: Not yet\npublished: 2025-11-24 10:00\nphase: identified\ndraft: true\n---\n\nDraft.\n";
    expect(welsh({ "incidents/attack/updates/second.md": draft })).toEqual([]);
  });

  it("a partial language needs no translation at all", () => {
    expect(welsh().filter((line) => line.includes("Arabic"))).toEqual([]);
  });

  it("a translation that restates a fact is an error on the fact's own line", () => {
    const restated = "---\ntitle: Rydym wedi canfod problem\npublished: 2025-11-24 09:30\nphase: investigating\nservices:\n  parking-permits: major-outage\n---\n\nTestun.\n";
    expect(welsh({ "incidents/attack/updates/first.cy.md": restated })).toEqual([
      `incidents/attack/updates/first.cy.md:3: published: "published" is a fact, not words: it comes from the original (incidents/attack/updates/first.md) and must not be restated in a translation; remove it here (change it in the original if it is wrong)`,
      `incidents/attack/updates/first.cy.md:4: phase: "phase" is a fact, not words: it comes from the original (incidents/attack/updates/first.md) and must not be restated in a translation; remove it here (change it in the original if it is wrong)`,
      `incidents/attack/updates/first.cy.md:6: services.parking-permits: "status" is a fact, not words: it comes from the original (incidents/attack/updates/first.md) and must not be restated in a translation; remove it here (change it in the original if it is wrong)`,
    ]);
  });

  it("a translated note for a service the original does not name is an error", () => {
    const note = "---\ntitle: Rydym wedi canfod problem\nservices:\n  bins:\n    note: Dim casgliadau.\n---\n\nTestun.\n";
    expect(welsh({ "incidents/attack/updates/first.cy.md": note })).toEqual([
      `incidents/attack/updates/first.cy.md:4: services.bins: the original (incidents/attack/updates/first.md) does not change "bins": a translation only gives the notes of the services its original names (parking-permits)`,
    ]);
  });

  it("a translation whose original does not exist is an error", () => {
    const orphan = "---\ntitle: Cyngor arall\n---\n\nTestun.\n";
    expect(welsh({ "advice/stay-safe.cy.md": orphan })).toEqual([
      "advice/stay-safe.cy.md:1: this translation has no original: expected advice/stay-safe.md beside it (a translation's name is its original's with .cy before .md)",
    ]);
  });

  it("a translation in a language site.md does not list is an error", () => {
    const polish = "---\ntitle: Zgłoś oszustwo\n---\n\nJak zgłosić oszustwo.\n";
    expect(welsh({ "advice/report-fraud.pl.md": polish })).toEqual([
      `advice/report-fraud.pl.md:1: Polish (pl) is not one of the site's languages: add "pl" to languages.full or languages.partial in site.md, or check the language code in the file name`,
    ]);
  });

  it("a misspelt key in a translation gets a did-you-mean like any other file", () => {
    const typo = "---\ntitel: Rhoi gwybod am dwyll\n---\n\nTestun.\n";
    expect(welsh({ "advice/report-fraud.cy.md": typo })).toEqual([
      "advice/report-fraud.cy.md:1: title: this field is required: expected text",
      `advice/report-fraud.cy.md:2: titel: unknown field "titel" (did you mean "title"?): expected one of title, summary, links`,
    ]);
  });

  it("site.md: a full language needs an interface table, and the site's own language is not listed again", () => {
    const siteFile = SITE.replace("url: https://status.example.org.uk", "url: https://status.example.org.uk\nlanguages:\n  full: [en, pl]");
    expect(check({ "site.md": siteFile })).toEqual([
      `site.md:5: languages.full[0]: "en" is the site's own language (language: en-GB): list only the other languages here`,
      "site.md:5: languages.full[1]: there is no interface table for Polish (pl) yet, so it cannot be a full language: list it under languages.partial (its texts are then translated where you choose), or add a table in lib/i18n/messages/ (available: en, cy, ar)",
    ]);
  });

  it("site.md: a language code that is not one is an error with examples", () => {
    const siteFile = SITE.replace("url: https://status.example.org.uk", "url: https://status.example.org.uk\nlanguages:\n  partial: [Welsh]");
    expect(check({ "site.md": siteFile })).toEqual([
      `site.md:5: languages.partial[0]: expected a language code of two or three lower-case letters, such as cy (Welsh), ar (Arabic), ur (Urdu), bn (Bengali), pl (Polish), so (Somali), pt (Portuguese), found "Welsh"`,
    ]);
  });
});

describe("a page in another language", () => {
  it("takes its words from the translation and every fact from the original", () => {
    const { content } = load(WELSH);
    const welshModel = buildSiteModel(content!, "cy");
    const english = buildSiteModel(content!);
    expect(welshModel.site.title).toBe("Statws y cyngor");
    expect(welshModel.updates[0]).toMatchObject({ title: "Rydym wedi canfod problem", summary: "Fe welsom weithgarwch anarferol ar ein systemau.", phase: "investigating", published: english.updates[0].published });
    expect(welshModel.serviceStates.get("parking-permits")).toMatchObject({ status: "major-outage", since: english.updates[0].published });
    expect(welshModel.services[0]).toMatchObject({ name: "Trwyddedau parcio", textLanguage: "cy" });
  });

  it("in a partial language, an untranslated text stays in the original, marked as such", () => {
    const { content } = load({ ...WELSH, "advice/report-fraud.ar.md": "---\ntitle: الإبلاغ عن الاحتيال\n---\n\nكيف تبلغ عن الاحتيال.\n" });
    const arabic = localiseContent(content!, "ar", "en");
    expect(arabic.advice[0]).toMatchObject({ title: "الإبلاغ عن الاحتيال", textLanguage: "ar" });
    expect(arabic.services[0]).toMatchObject({ name: "Parking permits", textLanguage: "en" });
  });

  it("sitePages lists every page again under /cy/ and /ar/, so a Welsh text can link to /cy/advice/", () => {
    const linking = "---\ntitle: Rhoi gwybod am dwyll\n---\n\nGweler [y cyngor](/cy/advice/#report-fraud) a [hwn](/cy/nothing/).\n";
    expect(welsh({ "advice/report-fraud.cy.md": linking })).toEqual([
      `advice/report-fraud.cy.md:5: broken link: "/cy/nothing/" is not a page on this site`,
    ]);
  });
});



describe("dates in the page's language, in the site's zone", () => {
  it("Welsh day and month names with yb/yh; English unchanged; Arabic from Intl", async () => {
    const { formatDateTimeIn } = await import("@/lib/i18n/dates");
    const morning = Date.UTC(2025, 10, 24, 9, 30); // Monday 24 November 2025, 9:30 GMT
    const summerAfternoon = Date.UTC(2025, 6, 1, 13, 0); // 2pm BST
    expect(formatDateTimeIn(morning, "Europe/London", "en-GB")).toBe("Monday 24 November 2025, 9:30am");
    expect(formatDateTimeIn(morning, "Europe/London", "cy")).toBe("Dydd Llun 24 Tachwedd 2025, 9:30yb");
    expect(formatDateTimeIn(summerAfternoon, "Europe/London", "cy")).toBe("Dydd Mawrth 1 Gorffennaf 2025, 2yh");
    expect(formatDateTimeIn(morning, "Europe/London", "ar")).toContain("نوفمبر");
  });
});

describe("the message tables", () => {
  it("Welsh has a word of its own for every English interface string that is a sentence", async () => {
    const { en } = await import("@/lib/i18n/messages/en");
    const { cy } = await import("@/lib/i18n/messages/cy");
    const same = englishStrings(en).filter(([path, text]) => text.split(" ").length > 1 && text === valueAt(cy, path));
    expect(same).toEqual([]);
  });
});

/** Every plain string in a table, with its path. */
function englishStrings(table: unknown, path: string[] = []): [string[], string][] {
  if (typeof table === "string") return [[path, table]];
  if (Array.isArray(table)) return table.flatMap((v, i) => englishStrings(v, [...path, String(i)]));
  if (table && typeof table === "object") return Object.entries(table).flatMap(([k, v]) => englishStrings(v, [...path, k]));
  return [];
}

function valueAt(table: unknown, path: string[]): unknown {
  return path.reduce<unknown>((t, k) => (t && typeof t === "object" ? (t as Record<string, unknown>)[k] : undefined), table);
}

describe("addresses in each language", () => {
  it("the same slugs under /<lang>/, none for the default; the switch maps a page to its twin", async () => {
    const { pathsIn, samePageIn, languageParams, NO_OTHER_LANGUAGE } = await import("@/lib/routes");
    expect(pathsIn("cy", "en").service("phones")).toBe("/cy/services/phones/");
    expect(pathsIn("en", "en").service("phones")).toBe("/services/phones/");
    expect(pathsIn("en", "cy").home()).toBe("/en/");
    expect(samePageIn("/cy/incidents/x/updates/y/", "cy", "en", "en")).toBe("/incidents/x/updates/y/");
    expect(samePageIn("/advice/", "en", "ar", "en")).toBe("/ar/advice/");
    expect(samePageIn("/", "en", "cy", "en")).toBe("/cy/");
    // A site with one language builds app/[lang] under a name post-export deletes.
    expect(languageParams({ otherLanguages: [] })).toEqual([{ lang: NO_OTHER_LANGUAGE }]);
    expect(languageParams({ otherLanguages: ["cy", "ar"] })).toEqual([{ lang: "cy" }, { lang: "ar" }]);
  });
});

describe("a council that writes in Welsh first", () => {
  it("has Welsh pages without a prefix and English ones under /en/, and needs every English translation", async () => {
    const { pageLanguage } = await import("@/lib/i18n/page");
    const welshFirst = SITE.replace("url: https://status.example.org.uk", "url: https://status.example.org.uk\nlanguage: cy-GB\nlanguages:\n  full: [en]");
    expect(check({ "site.md": welshFirst, "site.en.md": "---\ntitle: Council status\n---\n\nAbout.\n" }).map((l) => l.split(":")[0])).toEqual([
      "advice/report-fraud.md",
      "incidents/attack/index.md",
      "incidents/attack/updates/first.md",
      "services/parking-permits.md",
    ]);
    const { content } = load({ "site.md": welshFirst, "site.en.md": "---\ntitle: Council status\n---\n\nAbout.\n" });
    const model = buildSiteModel(content!);
    const welsh = pageLanguage(model.languages, model.site.timezone);
    expect([welsh.htmlLang, welsh.paths.services(), welsh.t.chrome.home]).toEqual(["cy-GB", "/services/", "Hafan"]);
    const english = pageLanguage(model.languages, model.site.timezone, "en");
    expect([english.htmlLang, english.paths.services(), english.t.chrome.home]).toEqual(["en", "/en/services/", "Home"]);
    expect(buildSiteModel(content!, "en").site.title).toBe("Council status");
  });
});
