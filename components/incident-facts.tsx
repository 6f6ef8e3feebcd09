import type { IncidentState } from "@/lib/content/derive";
import type { Incident } from "@/lib/content/types";
import type { PageLanguage } from "@/lib/i18n/page";
import { langAttribute } from "@/lib/i18n/page";
import type { SiteModel } from "@/lib/site";
import { organisationName } from "@/lib/site";
import { Time } from "./time";

/** Organisation names, each linking to its own page. */
export function OrganisationLinks({ site, ids, ui }: { site: SiteModel; ids: readonly string[]; ui: PageLanguage }) {
  const lang = langAttribute(ui, site.site.textLanguage);
  return ids.map((id, i) => (
    <span key={id}>
      {i > 0 ? ", " : null}
      <a href={ui.paths.organisation(id)} lang={lang}>
        {organisationName(site, id)}
      </a>
    </span>
  ));
}

/** Started, last updated, resolved (while resolved) and councils affected, as summary-list rows. */
export function IncidentFacts({
  site,
  incident,
  state,
  ui,
  children,
}: {
  site: SiteModel;
  incident: Incident;
  state: IncidentState;
  ui: PageLanguage;
  children?: React.ReactNode;
}) {
  const t = ui.t.incident;
  return (
    <dl className="summary-list">
      {children}
      <div>
        <dt>{t.started}</dt>
        <dd>
          <Time instant={incident.started} ui={ui} />
        </dd>
      </div>
      <div>
        <dt>{t.lastUpdated}</dt>
        <dd>
          <Time instant={state.lastUpdated} ui={ui} />
        </dd>
      </div>
      {state.resolvedAt !== undefined ? (
        <div>
          <dt>{t.resolved}</dt>
          <dd>
            <Time instant={state.resolvedAt} ui={ui} />
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t.councilsAffected}</dt>
        <dd>
          <OrganisationLinks site={site} ids={incident.organisations} ui={ui} />
        </dd>
      </div>
    </dl>
  );
}
