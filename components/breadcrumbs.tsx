import type { PageLanguage } from "@/lib/i18n/page";

export interface Crumb {
  href: string;
  label: string;
  /** The language of the label when it is not the page's (an untranslated title). */
  lang?: string;
}

/** The trail of a page inside an incident: home, the list of incidents, the incident. */
export function incidentTrail(ui: PageLanguage, incident: { slug: string; title: string }, titleLang: string | undefined): Crumb[] {
  return [
    { href: ui.paths.home(), label: ui.t.chrome.home },
    { href: ui.paths.incidents(), label: ui.t.incidents.crumb },
    { href: ui.paths.incident(incident.slug), label: incident.title, lang: titleLang },
  ];
}

/** Where this page sits; the current page is the last item, not a link. */
export function Breadcrumbs({ trail, current, currentLang, ui }: { trail: Crumb[]; current: string; currentLang?: string; ui: PageLanguage }) {
  return (
    <nav aria-label={ui.t.chrome.breadcrumb} className="breadcrumbs">
      <ol className="nav-list">
        {trail.map((c) => (
          <li key={c.href}>
            <a href={c.href} lang={c.lang}>
              {c.label}
            </a>
          </li>
        ))}
        <li aria-current="page" lang={currentLang}>
          {current}
        </li>
      </ol>
    </nav>
  );
}
