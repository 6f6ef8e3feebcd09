import type { IncidentState } from "@/lib/content/derive";
import { formatDate } from "@/lib/content/times";
import type { Incident, Update } from "@/lib/content/types";
import { PHASE_DESCRIPTIONS } from "@/lib/labels";
import { paths } from "@/lib/routes";
import type { SiteModel } from "@/lib/site";
import { incidentJsonLd } from "@/lib/structured-data";
import { pageRange, type TimelineLayout } from "@/lib/timeline";
import { Breadcrumbs } from "./breadcrumbs";
import { IncidentFacts } from "./incident-facts";
import { JsonLd } from "./json-ld";
import { Markdown } from "./markdown";
import { PhaseTag } from "./tags";
import { Time } from "./time";
import { UpdateArticle } from "./update-article";

function StatusFacts({ site, incident, state }: { site: SiteModel; incident: Incident; state: IncidentState }) {
  return (
    <IncidentFacts site={site} incident={incident} state={state}>
      <div>
        <dt>Status</dt>
        <dd>
          <PhaseTag phase={state.phase} /> {PHASE_DESCRIPTIONS[state.phase]}
        </dd>
      </div>
    </IncidentFacts>
  );
}

const feedLink = (incident: Incident) => <a href={`${paths.incident(incident.slug)}feed.xml`}>Follow these updates by RSS</a>;

/** "11 to 20": the numbers of a page's first and last updates. */
function numbers(layout: TimelineLayout<Update>, page: number): string {
  const { first, last } = pageRange(page, layout);
  return first === last ? `${first}` : `${first} to ${last}`;
}

/** "Updates 11 to 20": a page of the oldest-first timeline, by its first and last update. */
function rangeLabel(layout: TimelineLayout<Update>, page: number): string {
  const { first, last } = pageRange(page, layout);
  return first === last ? `Update ${first}` : `Updates ${first} to ${last}`;
}

/** "6 July 2021", or "6 July 2021 to 8 July 2021": the days a page of updates covers. */
function dateSpan(from: number, to: number, zone: string): string {
  const [a, b] = [formatDate(from, zone), formatDate(to, zone)];
  return a === b ? a : `${a} to ${b}`;
}

/**
 * The incident's page, the one journalists link to: the latest updates in full, newest
 * first, then the ones before as a dated list of titles, then every page of the
 * oldest-first timeline by date (lib/timeline.ts). It stays small however long the
 * incident runs.
 */
export function IncidentTimeline({ site, incident }: { site: SiteModel; incident: Incident }) {
  const state = site.incidentStates.get(incident.slug)!;
  const layout = site.timelines.get(incident.slug)!;
  const total = layout.updates.length;
  const shownInFull = layout.latestInFull.length;
  const zone = site.site.timezone;
  return (
    <>
      <JsonLd data={incidentJsonLd(site, incident)} />
      <Breadcrumbs
        trail={[
          { href: paths.home(), label: "Home" },
          { href: paths.incidents(), label: "Incidents" },
        ]}
        current={incident.title}
      />
      <h1>{incident.title}</h1>
      <StatusFacts site={site} incident={incident} state={state} />
      <Markdown resolveLink={site.resolveLink} markdown={incident.background.markdown} headingBase={2} idPrefix="background--" />
      <h2 id="updates">{shownInFull < total ? "Latest updates, newest first" : "Updates, newest first"}</h2>
      <p>
        <a href={paths.incidentOldestFirst(incident.slug)}>
          {shownInFull < total ? `Read all ${total} updates oldest first` : "Read the updates oldest first"}
        </a>
        {" · "}
        {feedLink(incident)}
      </p>
      {total === 0 ? <p>There are no updates yet.</p> : null}
      <ol className="timeline" reversed start={total}>
        {layout.latestInFull.map((u) => (
          <li key={u.slug}>
            <UpdateArticle update={u} site={site} />
          </li>
        ))}
      </ol>
      {layout.earlierInBrief.length > 0 ? (
        <>
          <h2 id="earlier-updates">Earlier updates</h2>
          <ol className="timeline-brief" reversed start={total - shownInFull}>
            {layout.earlierInBrief.map((u) => (
              <li key={u.slug} id={u.slug} data-phase={u.phase}>
                <Time instant={u.published} zone={zone} /> <PhaseTag phase={u.phase} />{" "}
                <a href={paths.update(incident.slug, u.slug)}>
                  <bdi>{u.title}</bdi>
                </a>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {layout.pages.length > 1 ? (
        <section aria-labelledby="timeline-pages">
          <h2 id="timeline-pages">Every update, oldest first</h2>
          <p>All {total} updates in full, {layout.pages[0].length} to a page, from the first:</p>
          <ol className="nav-list timeline-pages">
            {layout.pages.map((page, i) => (
              <li key={i}>
                <a href={paths.incidentOldestFirst(incident.slug, i + 1)}>{rangeLabel(layout, i + 1)}</a>
                {": "}
                {dateSpan(page[0].published, page.at(-1)!.published, zone)}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

/** One page of the timeline oldest first, for people catching up: its updates in full. */
export function OldestFirstTimeline({ site, incident, page }: { site: SiteModel; incident: Incident; page: number }) {
  const state = site.incidentStates.get(incident.slug)!;
  const layout = site.timelines.get(incident.slug)!;
  const updates = layout.pages[page - 1];
  const pages = layout.pages.length;
  const total = layout.updates.length;
  const { first } = pageRange(page, layout);
  const several = pages > 1;
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: paths.home(), label: "Home" },
          { href: paths.incidents(), label: "Incidents" },
          { href: paths.incident(incident.slug), label: incident.title },
        ]}
        current={several ? `Oldest first: ${rangeLabel(layout, page).toLowerCase()}` : "Oldest first"}
      />
      <h1>{several ? `${incident.title}: ${rangeLabel(layout, page).toLowerCase()} of ${total}, oldest first` : `${incident.title}: updates oldest first`}</h1>
      <StatusFacts site={site} incident={incident} state={state} />
      <h2 id="updates">Updates, oldest first</h2>
      <p>
        <a href={paths.incident(incident.slug)}>Read the latest updates first</a>
        {" · "}
        {feedLink(incident)}
      </p>
      {updates.length === 0 ? <p>There are no updates yet.</p> : null}
      <ol className="timeline" start={first}>
        {updates.map((u) => (
          <li key={u.slug}>
            <UpdateArticle update={u} site={site} />
          </li>
        ))}
      </ol>
      {several ? (
        <nav aria-label="Pages of this timeline" className="pager">
          <ul className="nav-list">
            {page > 1 ? (
              <li>
                <a href={paths.incidentOldestFirst(incident.slug, page - 1)} rel="prev">
                  Earlier updates<span className="pager-title">: {numbers(layout, page - 1)}</span>
                </a>
              </li>
            ) : null}
            {page < pages ? (
              <li>
                <a href={paths.incidentOldestFirst(incident.slug, page + 1)} rel="next">
                  Later updates<span className="pager-title">: {numbers(layout, page + 1)}</span>
                </a>
              </li>
            ) : null}
            <li>
              <a href={`${paths.incident(incident.slug)}#timeline-pages`}>Every page of this timeline</a>
            </li>
          </ul>
        </nav>
      ) : null}
    </>
  );
}
