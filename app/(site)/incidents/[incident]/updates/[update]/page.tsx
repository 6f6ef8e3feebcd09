import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs, incidentTrail } from "@/components/breadcrumbs";
import { Email, Phone } from "@/components/contact";
import { LanguageSwitch, UntranslatedNotice, Words } from "@/components/language";
import { Markdown } from "@/components/markdown";
import { PhaseTag } from "@/components/tags";
import { Time } from "@/components/time";
import { UpdateFacts } from "@/components/update-article";
import { isoInZone, zoneAbbreviation } from "@/lib/content/times";
import { formatTime, textAttributes } from "@/lib/i18n/page";
import { pageMetadata } from "@/lib/metadata";
import { absoluteUrl, updateInTimeline, updateParams } from "@/lib/routes";
import { findIncident, findUpdate, getSite, pagesToRender, siteForPage, type ParentParams } from "@/lib/site";

type Props = { params: Promise<{ incident: string; update: string; lang?: string }> };

export const dynamicParams = false;

// What this page shows must be in its fingerprint (lib/render-plan.ts): a build copies
// the page from the previous export when its fingerprint has not changed.
export function generateStaticParams({ params }: ParentParams) {
  return pagesToRender(params?.lang, updateParams(getSite()), (p, u) => p.update(u.incident, u.update));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { incident, update } = await params;
  const { site, ui } = await siteForPage(params);
  const found = findUpdate(site, incident, update);
  return found
    ? pageMetadata(site, ui, {
        title: found.title,
        description: found.summary,
        path: ui.paths.update(incident, update),
        image: ui.paths.updateCard(incident, update),
        incident,
        type: "article",
        publishedTime: isoInZone(found.published, site.site.timezone),
      })
    : {};
}

export default async function UpdatePage({ params }: Props) {
  const { site, ui } = await siteForPage(params);
  const { incident: incidentSlug, update: updateSlug } = await params;
  const incident = findIncident(site, incidentSlug);
  const update = findUpdate(site, incidentSlug, updateSlug);
  if (!incident || !update) notFound();
  const t = ui.t.update;
  const p = ui.paths;
  const zone = site.site.timezone;
  const state = site.incidentStates.get(incident.slug)!;
  const index = state.updates.findIndex((u) => u.slug === update.slug);
  const previous = state.updates[index - 1];
  const next = state.updates[index + 1];
  const latest = state.latest!;
  const permalink = absoluteUrl(p.update(incident.slug, update.slug), site.site.url);
  const press = site.site.press;
  const words = textAttributes(ui, update.textLanguage);
  const incidentWords = textAttributes(ui, incident.textLanguage);
  return (
    <>
      <LanguageSwitch ui={ui} path={p.update(incident.slug, update.slug)} />
      <Breadcrumbs
        ui={ui}
        trail={incidentTrail(ui, incident, incidentWords.lang)}
        current={update.title}
        currentLang={words.lang}
      />
      {latest.slug !== update.slug ? (
        <div className="inset" data-not-latest="">
          <p>
            <strong>{t.earlier}</strong> {t.incidentNow} <PhaseTag phase={state.phase} ui={ui} />
          </p>
          <p>
            <a href={p.update(incident.slug, latest.slug)}>
              {t.readLatest}
              <Words ui={ui} language={latest.textLanguage}>
                {latest.title}
              </Words>
            </a>{" "}
            (<Time instant={latest.published} ui={ui} />)
          </p>
        </div>
      ) : (
        <p className="inset">
          <strong>{t.latest}</strong> {t.incidentNow} <PhaseTag phase={state.phase} ui={ui} />
        </p>
      )}
      <article id={update.slug} data-phase={update.phase} className="update update-page">
        <h1 {...words}>{update.title}</h1>
        <p className="hint">
          {t.partOf}
          <a href={p.incident(incident.slug)}>
            <Words ui={ui} language={incident.textLanguage}>
              {incident.title}
            </Words>
          </a>
        </p>
        <UpdateFacts update={update} site={site} ui={ui} />
        <UntranslatedNotice textLanguage={update.textLanguage} ui={ui} />
        <Markdown resolveLink={site.resolveLink} markdown={update.body.markdown} headingBase={2} {...words} />
      </article>

      <nav aria-label={t.otherUpdates} className="pager">
        <ul className="nav-list">
          {previous ? (
            <li>
              <a href={p.update(incident.slug, previous.slug)} rel="prev">
                {t.previous}
                <span className="pager-title">
                  : <Words ui={ui} language={previous.textLanguage}>{previous.title}</Words>
                </span>
              </a>
            </li>
          ) : null}
          {next ? (
            <li>
              <a href={p.update(incident.slug, next.slug)} rel="next">
                {t.next}
                <span className="pager-title">
                  : <Words ui={ui} language={next.textLanguage}>{next.title}</Words>
                </span>
              </a>
            </li>
          ) : null}
          <li>
            <a href={updateInTimeline(site.timelines.get(incident.slug)!, incident.slug, update.slug, p)}>{t.inTimeline}</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="cite" className="cite">
        <h2 id="cite">{t.cite}</h2>
        <dl className="summary-list">
          <div>
            <dt>{t.title}</dt>
            <dd {...words}>{update.title}</dd>
          </div>
          <div>
            <dt>{t.published}</dt>
            <dd>
              <time dateTime={isoInZone(update.published, zone)}>
                {formatTime(ui, update.published)} {zoneAbbreviation(update.published, zone)} (
                <bdi dir="ltr">{isoInZone(update.published, zone)}</bdi>)
              </time>
            </dd>
          </div>
          {update.revisions.length > 0 ? (
            <div>
              <dt>{t.lastCorrected}</dt>
              <dd>
                <Time instant={update.revisions.at(-1)!.at} ui={ui} />
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t.permalink}</dt>
            <dd>
              <a href={p.update(incident.slug, update.slug)} className="break-all" dir="ltr">
                {permalink}
              </a>
            </dd>
          </div>
          {press ? (
            <div>
              <dt>{t.pressOffice}</dt>
              <dd>
                {press.phone ? <Phone number={press.phone} /> : null}
                {press.phone && press.email ? ", " : null}
                {press.email ? <Email address={press.email} /> : null}
              </dd>
            </div>
          ) : null}
        </dl>
      </section>
    </>
  );
}
