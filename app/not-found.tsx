import { Document } from "@/components/document";
import { pageLanguage, type PageLanguage } from "@/lib/i18n/page";
import { getSite } from "@/lib/site";

// The one 404 page (404.html) for every address: in the site's default language, then in
// each other full language (a Welsh reader who mistypes /cy/... gets Welsh too).
export default function NotFound() {
  const site = getSite();
  const ui = pageLanguage(site.languages, site.site.timezone);
  const others = site.languages.full.map((lang) => pageLanguage(site.languages, site.site.timezone, lang));
  return (
    <Document site={site} ui={ui}>
      <NotFoundText ui={ui} />
      {others.map((other) => (
        <div key={other.lang} lang={other.htmlLang} dir={other.dir === ui.dir ? undefined : other.dir} className="not-found-other">
          <NotFoundText ui={other} level={2} />
        </div>
      ))}
    </Document>
  );
}

function NotFoundText({ ui, level = 1 }: { ui: PageLanguage; level?: 1 | 2 }) {
  const t = ui.t.notFound;
  const H = level === 1 ? "h1" : "h2";
  return (
    <>
      <H>{t.title}</H>
      <p>{t.typed}</p>
      <p>{t.pasted}</p>
      <p>{t.youCan}</p>
      <ul>
        <li>
          <a href={ui.paths.home()}>{t.home}</a>
        </li>
        <li>
          <a href={ui.paths.services()}>{t.services}</a>
        </li>
        <li>
          <a href={ui.paths.advice()}>{t.advice}</a>
        </li>
      </ul>
    </>
  );
}
