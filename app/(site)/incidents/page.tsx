import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { IncidentFacts } from "@/components/incident-facts";
import { LanguageSwitch } from "@/components/language";
import { SiteLastUpdated } from "@/components/site-chrome";
import { PhaseTag } from "@/components/tags";
import { textAttributes } from "@/lib/i18n/page";
import { pageMetadata } from "@/lib/metadata";
import { siteForPage, type PageProps } from "@/lib/site";

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { site, ui } = await siteForPage(params);
  return pageMetadata(site, ui, { title: ui.t.incidents.title, path: ui.paths.incidents() });
}

export default async function IncidentsPage({ params }: PageProps) {
  const { site, ui } = await siteForPage(params);
  const t = ui.t.incidents;
  return (
    <>
      <LanguageSwitch ui={ui} path={ui.paths.incidents()} />
      <Breadcrumbs ui={ui} trail={[{ href: ui.paths.home(), label: ui.t.chrome.home }]} current={t.crumb} />
      <h1>{t.title}</h1>
      <SiteLastUpdated site={site} ui={ui} />
      {site.incidentsByActivity.length === 0 ? <p>{t.none}</p> : null}
      <ul className="plain-list">
        {site.incidentsByActivity.map((incident) => {
          const state = site.incidentStates.get(incident.slug)!;
          const words = textAttributes(ui, incident.textLanguage);
          return (
            <li key={incident.slug} id={incident.slug} className="incident-item">
              <h2 {...words}>
                <a href={ui.paths.incident(incident.slug)}>{incident.title}</a>
              </h2>
              <p>
                <PhaseTag phase={state.phase} ui={ui} />
              </p>
              <p {...words}>{incident.summary}</p>
              <IncidentFacts site={site} incident={incident} state={state} ui={ui} />
            </li>
          );
        })}
      </ul>
    </>
  );
}
