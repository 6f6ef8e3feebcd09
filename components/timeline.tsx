import type { Incident } from "@/lib/content/types";
import { PHASE_DESCRIPTIONS } from "@/lib/labels";
import { paths } from "@/lib/routes";
import type { SiteModel } from "@/lib/site";
import { organisationName } from "@/lib/site";
import { incidentJsonLd } from "@/lib/structured-data";
import { Breadcrumbs } from "./breadcrumbs";
import { JsonLd } from "./json-ld";
import { Markdown } from "./markdown";
import { PhaseTag } from "./tags";
import { Time } from "./time";
import { UpdateArticle } from "./update-article";

/** An incident's timeline, newest first (the permalink page) or oldest first (catching up). */
export function Timeline({ site, incident, order }: { site: SiteModel; incident: Incident; order: "newest" | "oldest" }) {
  const zone = site.site.timezone;
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
      <dl className="summary-list">
        <div>
          <dt>Status</dt>
          <dd>
            <PhaseTag phase={state.phase} /> {PHASE_DESCRIPTIONS[state.phase]}
          </dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>
            <Time instant={incident.started} zone={zone} />
          </dd>
        </div>
        <div>
          <dt>Last updated</dt>
          <dd>
            <Time instant={state.lastUpdated} zone={zone} />
          </dd>
        </div>
        {state.resolvedAt !== undefined ? (
          <div>
            <dt>Resolved</dt>
            <dd>
              <Time instant={state.resolvedAt} zone={zone} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Councils affected</dt>
          <dd>
            {incident.organisations.map((id, i) => (
              <span key={id}>
                {i > 0 ? ", " : null}
                <a href={paths.organisation(id)}>{organisationName(site, id)}</a>
              </span>
            ))}
          </dd>
        </div>
      </dl>
      {order === "newest" ? <Markdown markdown={incident.background.markdown} headingBase={2} idPrefix="background--" /> : null}
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
