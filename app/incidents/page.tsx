import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PhaseTag } from "@/components/tags";
import { IncidentFacts } from "@/components/incident-facts";
import { pageMetadata } from "@/lib/metadata";
import { paths } from "@/lib/routes";
import { getSite } from "@/lib/site";

export function generateMetadata(): Metadata {
  return pageMetadata(getSite(), { title: "All incidents", path: paths.incidents() });
}

export default function IncidentsPage() {
  const site = getSite();
  return (
    <>
      <Breadcrumbs trail={[{ href: paths.home(), label: "Home" }]} current="Incidents" />
      <h1>All incidents</h1>
      {site.incidentsByActivity.length === 0 ? <p>There are no incidents.</p> : null}
      <ul className="plain-list">
        {site.incidentsByActivity.map((incident) => {
          const state = site.incidentStates.get(incident.slug)!;
          return (
            <li key={incident.slug} id={incident.slug} className="incident-item">
              <h2>
                <a href={paths.incident(incident.slug)}>{incident.title}</a>
              </h2>
              <p>
                <PhaseTag phase={state.phase} />
              </p>
              <p>{incident.summary}</p>
              <IncidentFacts site={site} incident={incident} state={state} />
            </li>
          );
        })}
      </ul>
    </>
  );
}
