/**
 * What a page needs to speak its language: the interface table, the addresses of its
 * language's pages, `<html lang>` and `dir`, and dates in the site's zone.
 */
import { pathsIn, type Paths } from "../routes";
import { formatDateIn, formatDateTimeIn } from "./dates";
import { messagesFor, primarySubtag, textDirection, type SiteLanguages } from "./languages";
import type { Messages } from "./messages/en";

export interface PageLanguage {
  /** The page's language: its URL prefix (none for the default language). */
  lang: string;
  /** The interface's language tag, for `<html lang>` (the site's own tag in its default language). */
  htmlLang: string;
  dir: "ltr" | "rtl";
  t: Messages;
  paths: Paths;
  /** Where this language's feeds are: its own for a full language, else the default language's. */
  feeds: Paths;
  zone: string;
  languages: SiteLanguages;
}

export function pageLanguage(languages: SiteLanguages, zone: string, lang: string = languages.default): PageLanguage {
  const { messages, language } = messagesFor(lang, languages);
  const htmlLang = language === languages.default ? languages.defaultTag : language;
  const paths = pathsIn(lang, languages.default);
  const feeds = languages.partial.includes(lang) ? pathsIn(languages.default, languages.default) : paths;
  return { lang, htmlLang, dir: textDirection(language), t: messages, paths, feeds, zone, languages };
}

/** `lang` for a text in `textLanguage` shown on this page: only when it differs from the page's. */
export function langAttribute(ui: PageLanguage, textLanguage: string | undefined): string | undefined {
  if (!textLanguage || primarySubtag(textLanguage) === primarySubtag(ui.htmlLang)) return undefined;
  return textLanguage;
}

/** `lang` and `dir` for an element holding a text in `textLanguage`, or nothing when it is the page's. */
export function textAttributes(ui: PageLanguage, textLanguage: string | undefined): { lang?: string; dir?: "ltr" | "rtl" } {
  const lang = langAttribute(ui, textLanguage);
  if (!lang) return {};
  const dir = textDirection(lang);
  return dir === ui.dir ? { lang } : { lang, dir };
}

export function formatTime(ui: PageLanguage, instant: number): string {
  return formatDateTimeIn(instant, ui.zone, ui.htmlLang);
}

/** "24 November 2025" in the page's language. */
export function formatDay(ui: PageLanguage, instant: number): string {
  return formatDateIn(instant, ui.zone, ui.htmlLang);
}
