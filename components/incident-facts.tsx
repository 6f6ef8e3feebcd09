import type { IncidentState } from "@/lib/content/derive";
import type { Incident } from "@/lib/content/types";
import { paths } from "@/lib/routes";
import type { SiteModel } from "@/lib/site";
import { organisationName } from "@/lib/site";
import { Time } from "./time";

/** Organisation names, each linking to its own page. */
export function OrganisationLinks({ site, ids }: { site: SiteModel; ids: readonly string[] }) {
  return ids.map((id, i) => (
    <span key={id}>
      {i > 0 ? ", " : null}
      <a href={paths.organisation(id)}>{organisationName(site, id)}</a>
    </span>
  ));
}

/** Started, last updated, resolved (while resolved) and councils affected, as summary-list rows. */
export function IncidentFacts({ site, incident, state, children }: { site: SiteModel; incident: Incident; state: IncidentState; children?: React.ReactNode }) {
  const zone = site.site.timezone;
  return (
    <dl className="summary-list">
      {children}
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
          <OrganisationLinks site={site} ids={incident.organisations} />
        </dd>
      </div>
    </dl>
  );
}
