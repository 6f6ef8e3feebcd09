import type { Incident } from "@/lib/content/types";
import { PHASE_DESCRIPTIONS } from "@/lib/labels";
import { paths } from "@/lib/routes";
import type { SiteModel } from "@/lib/site";
import { incidentJsonLd } from "@/lib/structured-data";
import { Breadcrumbs } from "./breadcrumbs";
import { IncidentFacts } from "./incident-facts";
import { JsonLd } from "./json-ld";
import { Markdown } from "./markdown";
import { AlertSignUps } from "./site-chrome";
import { PhaseTag } from "./tags";
import { UpdateArticle } from "./update-article";

/** An incident's timeline, newest first (the permalink page) or oldest first (catching up). */
export function Timeline({ site, incident, order }: { site: SiteModel; incident: Incident; order: "newest" | "oldest" }) {
  const state = site.incidentStates.get(incident.slug)!;
  const updates = order === "newest" ? [...state.updates].reverse() : state.updates;
  return (
    <>
      {order === "newest" ? <JsonLd data={incidentJsonLd(site, incident)} /> : null}
      <Breadcrumbs
        trail={[
          { href: paths.home(), label: "Home" },
          { href: paths.incidents(), label: "Incidents" },
          ...(order === "oldest" ? [{ href: paths.incident(incident.slug), label: incident.title }] : []),
        ]}
        current={order === "oldest" ? "Oldest first" : incident.title}
      />
      <h1>{order === "oldest" ? `${incident.title}: updates oldest first` : incident.title}</h1>
      <IncidentFacts site={site} incident={incident} state={state}>
        <div>
          <dt>Status</dt>
          <dd>
            <PhaseTag phase={state.phase} /> {PHASE_DESCRIPTIONS[state.phase]}
          </dd>
        </div>
      </IncidentFacts>
      {order === "newest" ? <Markdown markdown={incident.background.markdown} headingBase={2} idPrefix="background--" /> : null}
      {order === "newest" ? <AlertSignUps site={site} id="incident-get-updates" /> : null}
      <h2 id="updates">{order === "newest" ? "Updates, newest first" : "Updates, oldest first"}</h2>
      <p>
        {order === "newest" ? (
          <a href={paths.incidentOldestFirst(incident.slug)}>Read the updates oldest first</a>
        ) : (
          <a href={paths.incident(incident.slug)}>Read the updates newest first</a>
        )}
        {" · "}
        <a href={`${paths.incident(incident.slug)}feed.xml`}>Follow these updates by RSS</a>
      </p>
      {updates.length === 0 ? <p>There are no updates yet.</p> : null}
      <ol className="timeline" reversed={order === "newest"}>
        {updates.map((u) => (
          <li key={u.slug}>
            <UpdateArticle update={u} site={site} />
          </li>
        ))}
      </ol>
    </>
  );
}
