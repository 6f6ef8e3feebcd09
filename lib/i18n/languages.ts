/**
 * Which languages a site speaks, from site.md: its own language (`language`, whose
 * primary subtag is the default), the other full languages (every text must exist in
 * them: Welsh for a council in Wales) and partial ones (community languages: a text is
 * translated where residents need it). Pure: no React, no files.
 */
import { ar } from "./messages/ar";
import { cy } from "./messages/cy";
import { en, type Messages } from "./messages/en";

/**
 * The interface tables there are. The default language and every full language need one
 * (English and Welsh are complete and reviewed for plain language); a partial language
 * without one shows the default language's interface around its translated texts.
 */
export const MESSAGE_TABLES: Record<string, Messages> = { en, cy, ar };

export type UntranslatedRule = "error" | "show-original";

export interface SiteLanguages {
  /** The default language's code (`en`, `cy`): its pages have no prefix. */
  default: string;
  /** The default language's full tag for `<html lang>` and feeds (`en-GB`). */
  defaultTag: string;
  /** Other full languages. */
  full: string[];
  partial: string[];
  /** Every language but the default, full first: each has pages under `/<code>/`. */
  others: string[];
  /** What a full language's missing translation is: an error, or shown in the original meanwhile. */
  untranslated: UntranslatedRule;
}

export interface LanguageSettings {
  language: string;
  languages?: { full?: string[]; partial?: string[]; untranslated?: UntranslatedRule };
}

export function primarySubtag(tag: string): string {
  return tag.split("-")[0].toLowerCase();
}

/** The languages as site.md sets them; entries the checker rejects (the default again, a full language without a table, a repeat) are left out. */
export function siteLanguages(site: LanguageSettings): SiteLanguages {
  const own = primarySubtag(site.language);
  const full = [...new Set(site.languages?.full ?? [])].filter((l) => l !== own && MESSAGE_TABLES[l]);
  const partial = [...new Set(site.languages?.partial ?? [])].filter((l) => l !== own && !full.includes(l));
  return {
    default: own,
    defaultTag: site.language,
    full,
    partial,
    others: [...full, ...partial],
    untranslated: site.languages?.untranslated ?? "error",
  };
}

/** Scripts written right to left (primary subtags): Arabic, Urdu, Persian, Pashto, Hebrew, Yiddish, Sindhi, Kurdish (Sorani), Dhivehi, Uyghur. */
const RIGHT_TO_LEFT = new Set(["ar", "ur", "fa", "ps", "he", "yi", "sd", "ckb", "dv", "ug"]);

export function textDirection(code: string): "ltr" | "rtl" {
  return RIGHT_TO_LEFT.has(primarySubtag(code)) ? "rtl" : "ltr";
}

/** A language's name in `inLanguage` ("Welsh", "Cymraeg", "العربية"), from Intl's data. */
export function languageName(code: string, inLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([inLanguage], { type: "language", fallback: "none" }).of(code);
    if (name) return inLanguage === code ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : name;
  } catch {
    // an unknown code: its code is the best name there is
  }
  return code;
}

/** Whether Intl knows the language (so that it has a name and its dates can be shown). */
export function isKnownLanguage(code: string): boolean {
  try {
    return new Intl.DisplayNames(["en"], { type: "language", fallback: "none" }).of(code) !== undefined;
  } catch {
    return false;
  }
}

/** The interface table for a language, or the default language's when it has none. */
export function messagesFor(code: string, languages: SiteLanguages): { messages: Messages; language: string } {
  const own = MESSAGE_TABLES[code];
  if (own) return { messages: own, language: code };
  return { messages: MESSAGE_TABLES[languages.default] ?? en, language: MESSAGE_TABLES[languages.default] ? languages.default : "en" };
}
