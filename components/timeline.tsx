import type { IncidentState } from "@/lib/content/derive";
import type { Incident, Update } from "@/lib/content/types";
import { formatDay, textAttributes, type PageLanguage } from "@/lib/i18n/page";
import type { SiteModel } from "@/lib/site";
import { incidentJsonLd } from "@/lib/structured-data";
import { pageRange, type TimelineLayout } from "@/lib/timeline";
import { Breadcrumbs, incidentTrail } from "./breadcrumbs";
import { IncidentFacts } from "./incident-facts";
import { JsonLd } from "./json-ld";
import { LanguageSwitch, UntranslatedNotice, Words } from "./language";
import { Markdown } from "./markdown";
import { AlertSignUps } from "./site-chrome";
import { PhaseTag } from "./tags";
import { Time } from "./time";
import { UpdateArticle } from "./update-article";

function StatusFacts({ site, incident, state, ui }: { site: SiteModel; incident: Incident; state: IncidentState; ui: PageLanguage }) {
  return (
    <IncidentFacts site={site} incident={incident} state={state} ui={ui}>
      <div>
        <dt>{ui.t.incident.status}</dt>
        <dd>
          <PhaseTag phase={state.phase} ui={ui} /> {ui.t.phaseDescriptions[state.phase]}
        </dd>
      </div>
    </IncidentFacts>
  );
}

const feedLink = (incident: Incident, ui: PageLanguage) => <a href={`${ui.feeds.incident(incident.slug)}feed.xml`}>{ui.t.incident.followByRss}</a>;

/** "6 July 2021", or "6 July 2021 to 8 July 2021": the days a page of updates covers. */
function dateSpan(from: number, to: number, ui: PageLanguage): string {
  const [a, b] = [formatDay(ui, from), formatDay(ui, to)];
  return a === b ? a : ui.t.incident.dateSpan(a, b);
}

/**
 * The incident's page, the one journalists link to: the latest updates in full, newest
 * first, then the ones before as a dated list of titles, then every page of the
 * oldest-first timeline by date (lib/timeline.ts). It stays small however long the
 * incident runs.
 */
export function IncidentTimeline({ site, incident, ui }: { site: SiteModel; incident: Incident; ui: PageLanguage }) {
  const state = site.incidentStates.get(incident.slug)!;
  const layout = site.timelines.get(incident.slug)!;
  const total = layout.updates.length;
  const shownInFull = layout.latestInFull.length;
  const t = ui.t.incident;
  const p = ui.paths;
  const words = textAttributes(ui, incident.textLanguage);
  return (
    <>
      <JsonLd data={incidentJsonLd(site, incident, p, ui.htmlLang)} />
      <LanguageSwitch ui={ui} path={p.incident(incident.slug)} />
      <Breadcrumbs
        ui={ui}
        trail={[
          { href: p.home(), label: ui.t.chrome.home },
          { href: p.incidents(), label: ui.t.incidents.crumb },
        ]}
        current={incident.title}
        currentLang={words.lang}
      />
      <h1>
        <Words ui={ui} language={incident.textLanguage}>
          {incident.title}
        </Words>
      </h1>
      <StatusFacts site={site} incident={incident} state={state} ui={ui} />
      <UntranslatedNotice textLanguage={incident.textLanguage} ui={ui} />
      <Markdown resolveLink={site.resolveLink} markdown={incident.background.markdown} headingBase={2} idPrefix="background--" {...words} />
      <AlertSignUps site={site} ui={ui} id="incident-get-updates" />
      <h2 id="updates">{shownInFull < total ? t.latestNewestFirst : t.newestFirst}</h2>
      <p>
        <a href={p.incidentOldestFirst(incident.slug)}>{shownInFull < total ? t.readAllOldestFirst(total) : t.readOldestFirst}</a>
        {" · "}
        {feedLink(incident, ui)}
      </p>
      {total === 0 ? <p>{t.noUpdates}</p> : null}
      <ol className="timeline" reversed start={total}>
        {layout.latestInFull.map((u) => (
          <li key={u.slug}>
            <UpdateArticle update={u} site={site} ui={ui} />
          </li>
        ))}
      </ol>
      {layout.earlierInBrief.length > 0 ? (
        <>
          <h2 id="earlier-updates">{t.earlierUpdates}</h2>
          <ol className="timeline-brief" reversed start={total - shownInFull}>
            {layout.earlierInBrief.map((u) => (
              <li key={u.slug} id={u.slug} data-phase={u.phase}>
                <Time instant={u.published} ui={ui} /> <PhaseTag phase={u.phase} ui={ui} />{" "}
                <a href={p.update(incident.slug, u.slug)}>
                  <Words ui={ui} language={u.textLanguage}>
                    {u.title}
                  </Words>
                </a>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {layout.pages.length > 1 ? (
        <section aria-labelledby="timeline-pages">
          <h2 id="timeline-pages">{t.everyUpdateOldestFirst}</h2>
          <p>{t.allInFull(total, layout.pages[0].length)}</p>
          <ol className="nav-list timeline-pages">
            {layout.pages.map((page, i) => {
              const { first, last } = pageRange(i + 1, layout);
              return (
                <li key={i}>
                  <a href={p.incidentOldestFirst(incident.slug, i + 1)}>{t.updatesRange(first, last)}</a>
                  {": "}
                  {dateSpan(page[0].published, page.at(-1)!.published, ui)}
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
    </>
  );
}

/** One page of the timeline oldest first, for people catching up: its updates in full. */
export function OldestFirstTimeline({ site, incident, page, ui }: { site: SiteModel; incident: Incident; page: number; ui: PageLanguage }) {
  const state = site.incidentStates.get(incident.slug)!;
  const layout = site.timelines.get(incident.slug)!;
  const updates = layout.pages[page - 1];
  const pages = layout.pages.length;
  const total = layout.updates.length;
  const { first, last } = pageRange(page, layout);
  const several = pages > 1;
  const t = ui.t.incident;
  const p = ui.paths;
  const words = textAttributes(ui, incident.textLanguage);
  const numbers = (n: number) => {
    const r = pageRange(n, layout);
    return t.numbersRange(r.first, r.last);
  };
  return (
    <>
      <LanguageSwitch ui={ui} path={p.incidentOldestFirst(incident.slug, page)} />
      <Breadcrumbs
        ui={ui}
        trail={incidentTrail(ui, incident, words.lang)}
        current={several ? t.oldestFirstPageCrumb(first, last) : t.oldestFirstCrumb}
      />
      <h1>{several ? t.oldestFirstPageHeading(incident.title, first, last, total) : t.oldestFirstHeading(incident.title)}</h1>
      <StatusFacts site={site} incident={incident} state={state} ui={ui} />
      <h2 id="updates">{t.oldestFirst}</h2>
      <p>
        <a href={p.incident(incident.slug)}>{t.readLatestFirst}</a>
        {" · "}
        {feedLink(incident, ui)}
      </p>
      {updates.length === 0 ? <p>{t.noUpdates}</p> : null}
      <ol className="timeline" start={first}>
        {updates.map((u) => (
          <li key={u.slug}>
            <UpdateArticle update={u} site={site} ui={ui} />
          </li>
        ))}
      </ol>
      {several ? (
        <nav aria-label={t.timelinePagesNav} className="pager">
          <ul className="nav-list">
            {page > 1 ? (
              <li>
                <a href={p.incidentOldestFirst(incident.slug, page - 1)} rel="prev">
                  {t.earlierPage}
                  <span className="pager-title">: {numbers(page - 1)}</span>
                </a>
              </li>
            ) : null}
            {page < pages ? (
              <li>
                <a href={p.incidentOldestFirst(incident.slug, page + 1)} rel="next">
                  {t.laterPage}
                  <span className="pager-title">: {numbers(page + 1)}</span>
                </a>
              </li>
            ) : null}
            <li>
              <a href={`${p.incident(incident.slug)}#timeline-pages`}>{t.everyPage}</a>
            </li>
          </ul>
        </nav>
      ) : null}
    </>
  );
}
