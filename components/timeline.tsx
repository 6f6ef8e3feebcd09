import type { Incident } from "@/lib/content/types";
import { textAttributes, type PageLanguage } from "@/lib/i18n/page";
import type { SiteModel } from "@/lib/site";
import { incidentJsonLd } from "@/lib/structured-data";
import { Breadcrumbs } from "./breadcrumbs";
import { IncidentFacts } from "./incident-facts";
import { JsonLd } from "./json-ld";
import { LanguageSwitch, UntranslatedNotice, Words } from "./language";
import { Markdown } from "./markdown";
import { AlertSignUps } from "./site-chrome";
import { PhaseTag } from "./tags";
import { UpdateArticle } from "./update-article";

/** An incident's timeline, newest first (the permalink page) or oldest first (catching up). */
export function Timeline({ site, incident, order, ui }: { site: SiteModel; incident: Incident; order: "newest" | "oldest"; ui: PageLanguage }) {
  const state = site.incidentStates.get(incident.slug)!;
  const updates = order === "newest" ? [...state.updates].reverse() : state.updates;
  const t = ui.t.incident;
  const p = ui.paths;
  const words = textAttributes(ui, incident.textLanguage);
  return (
    <>
      {order === "newest" ? <JsonLd data={incidentJsonLd(site, incident, p, ui.htmlLang)} /> : null}
      <LanguageSwitch ui={ui} path={order === "newest" ? p.incident(incident.slug) : p.incidentOldestFirst(incident.slug)} />
      <Breadcrumbs
        ui={ui}
        trail={[
          { href: p.home(), label: ui.t.chrome.home },
          { href: p.incidents(), label: ui.t.incidents.crumb },
          ...(order === "oldest" ? [{ href: p.incident(incident.slug), label: incident.title, lang: words.lang }] : []),
        ]}
        current={order === "oldest" ? t.oldestFirstCrumb : incident.title}
        currentLang={order === "oldest" ? undefined : words.lang}
      />
      <h1>{order === "oldest" ? t.oldestFirstHeading(incident.title) : <Words ui={ui} language={incident.textLanguage}>{incident.title}</Words>}</h1>
      <IncidentFacts site={site} incident={incident} state={state} ui={ui}>
        <div>
          <dt>{t.status}</dt>
          <dd>
            <PhaseTag phase={state.phase} ui={ui} /> {ui.t.phaseDescriptions[state.phase]}
          </dd>
        </div>
      </IncidentFacts>
      {order === "newest" ? (
        <>
          <UntranslatedNotice textLanguage={incident.textLanguage} ui={ui} />
          <Markdown markdown={incident.background.markdown} headingBase={2} idPrefix="background--" {...words} />
          <AlertSignUps site={site} ui={ui} id="incident-get-updates" />
        </>
      ) : null}
      <h2 id="updates">{order === "newest" ? t.newestFirst : t.oldestFirst}</h2>
      <p>
        {order === "newest" ? (
          <a href={p.incidentOldestFirst(incident.slug)}>{t.readOldestFirst}</a>
        ) : (
          <a href={p.incident(incident.slug)}>{t.readNewestFirst}</a>
        )}
        {" · "}
        <a href={`${ui.feeds.incident(incident.slug)}feed.xml`}>{t.followByRss}</a>
      </p>
      {updates.length === 0 ? <p>{t.noUpdates}</p> : null}
      <ol className="timeline" reversed={order === "newest"}>
        {updates.map((u) => (
          <li key={u.slug}>
            <UpdateArticle update={u} site={site} ui={ui} />
          </li>
        ))}
      </ol>
    </>
  );
}
