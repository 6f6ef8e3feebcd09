import { languageName, primarySubtag, textDirection } from "@/lib/i18n/languages";
import { textAttributes, type PageLanguage } from "@/lib/i18n/page";
import { samePageIn } from "@/lib/routes";

/**
 * GOV.UK's language switcher: every language of the site, the current one marked, each
 * other one linking straight to this same page in it, its name written in itself.
 * Nothing at all on a site with one language.
 */
export function LanguageSwitch({ ui, path }: { ui: PageLanguage; path: string }) {
  const { languages } = ui;
  if (languages.others.length === 0) return null;
  const all = [languages.default, ...languages.others];
  return (
    <nav aria-label={ui.t.chrome.languages} className="language-switch">
      <ul className="nav-list">
        {all.map((code) => {
          const name = languageName(code, code);
          const dir = textDirection(code) === ui.dir ? undefined : textDirection(code);
          if (code === ui.lang) {
            return (
              <li key={code} aria-current="true" lang={code === languages.default ? languages.defaultTag : code} dir={dir}>
                {name}
              </li>
            );
          }
          return (
            <li key={code}>
              <a
                href={samePageIn(path, ui.lang, code, languages.default)}
                hrefLang={code === languages.default ? languages.defaultTag : code}
                lang={code === languages.default ? languages.defaultTag : code}
                dir={dir}
                rel="alternate"
              >
                {name}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * Said above a text shown in another language than the page's: which language it is in,
 * or, for a full language whose translation is late, that it will follow.
 */
export function UntranslatedNotice({ textLanguage, ui }: { textLanguage?: string; ui: PageLanguage }) {
  if (!textLanguage || primarySubtag(textLanguage) === ui.lang) return null;
  const name = languageName(primarySubtag(textLanguage), ui.htmlLang);
  const message = ui.languages.full.includes(ui.lang) ? ui.t.notYetTranslated(name) : ui.t.languageOfText(name);
  return <p className="hint untranslated">{message}</p>;
}

/**
 * A writer's words quoted in a sentence of ours: isolated with `<bdi>` (an Arabic title
 * keeps its own direction on an English page) and marked with `lang` (and `dir`) when they
 * are not in the page's language.
 */
export function Words({ ui, language, children }: { ui: PageLanguage; language?: string; children: React.ReactNode }) {
  return <bdi {...textAttributes(ui, language)}>{children}</bdi>;
}
