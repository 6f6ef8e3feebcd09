import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { AlternativeContact } from "@/components/contact";
import { OrganisationLinks } from "@/components/incident-facts";
import { LanguageSwitch, UntranslatedNotice, Words } from "@/components/language";
import { Markdown } from "@/components/markdown";
import { StatusTag } from "@/components/tags";
import { Time } from "@/components/time";
import { textAttributes } from "@/lib/i18n/page";
import { pageMetadata } from "@/lib/metadata";
import { serviceParams } from "@/lib/routes";
import { findIncident, findService, getSite, pagesToRender, serviceState, siteForPage, type ParentParams } from "@/lib/site";

type Props = { params: Promise<{ service: string; lang?: string }> };

export const dynamicParams = false;

/** The latest changes listed here: the page stays small however long an incident runs. */
const HISTORY_SHOWN = 25;

export function generateStaticParams({ params }: ParentParams) {
  return pagesToRender(params?.lang, serviceParams(getSite()), (p, { service }) => p.service(service));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site, ui } = await siteForPage(params);
  const service = findService(site, (await params).service);
  if (!service) return {};
  const state = serviceState(site, service.slug);
  return pageMetadata(site, ui, {
    title: service.name,
    description: `${ui.t.statuses[state.status]}. ${state.note ?? service.description ?? ""}`.trim(),
    path: ui.paths.service(service.slug),
  });
}

export default async function ServicePage({ params }: Props) {
  const { site, ui } = await siteForPage(params);
  const service = findService(site, (await params).service);
  if (!service) notFound();
  const t = ui.t.service;
  const p = ui.paths;
  const state = serviceState(site, service.slug);
  const words = textAttributes(ui, service.textLanguage);
  return (
    <>
      <LanguageSwitch ui={ui} path={p.service(service.slug)} />
      <Breadcrumbs
        ui={ui}
        trail={[
          { href: p.home(), label: ui.t.chrome.home },
          { href: p.services(), label: ui.t.services.crumb },
        ]}
        current={service.name}
        currentLang={words.lang}
      />
      <article id={service.slug} data-service={service.slug}>
        <h1 {...words}>{service.name}</h1>
        {service.description ? (
          <p className="lead" {...words}>
            {service.description}
          </p>
        ) : null}
        <dl className="summary-list">
          <div>
            <dt>{t.status}</dt>
            <dd>
              <StatusTag status={state.status} ui={ui} />
            </dd>
          </div>
          {state.since !== undefined && state.sinceUpdate ? (
            <div>
              <dt>{t.since}</dt>
              <dd>
                <Time instant={state.since} ui={ui} /> (
                <a href={p.update(state.sinceUpdate.incident, state.sinceUpdate.slug)}>{t.update}</a>)
              </dd>
            </div>
          ) : null}
          {state.note ? (
            <div>
              <dt>{t.latestNews}</dt>
              <dd {...textAttributes(ui, state.history[0]?.update.textLanguage)}>{state.note}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t.runBy}</dt>
            <dd>
              <OrganisationLinks site={site} ids={service.organisations} ui={ui} />
            </dd>
          </div>
        </dl>
        {service.alternatives.length > 0 ? (
          <section aria-labelledby="what-to-do-instead">
            <h2 id="what-to-do-instead">{state.status === "operational" ? t.otherWays : t.whatToDo}</h2>
            <div className="contacts" {...words}>
              {service.alternatives.map((alt, i) => (
                <AlternativeContact key={i} alternative={alt} ui={ui} />
              ))}
            </div>
          </section>
        ) : null}
        <UntranslatedNotice textLanguage={service.body.markdown.trim() ? service.textLanguage : undefined} ui={ui} />
        <Markdown resolveLink={site.resolveLink} markdown={service.body.markdown} headingBase={2} {...words} />
        <section aria-labelledby="history">
          <h2 id="history">{t.history}</h2>
          {state.history.length === 0 ? (
            <p>{t.noHistory}</p>
          ) : (
            <>
            <ol className="history" reversed start={state.history.length}>
              {state.history.slice(0, HISTORY_SHOWN).map((entry) => {
                const incident = findIncident(site, entry.update.incident);
                return (
                  <li key={`${entry.update.incident}/${entry.update.slug}`} data-status={entry.status}>
                    <Time instant={entry.update.published} ui={ui} />: <StatusTag status={entry.status} ui={ui} />
                    {entry.note ? (
                      <>
                        {" "}
                        <Words ui={ui} language={entry.update.textLanguage}>
                          {entry.note}
                        </Words>
                      </>
                    ) : null}{" "}
                    <a href={p.update(entry.update.incident, entry.update.slug)}>
                      <Words ui={ui} language={entry.update.textLanguage}>
                        {entry.update.title}
                      </Words>
                    </a>
                    <span className="hint">
                      {" "}(<Words ui={ui} language={incident?.textLanguage}>{incident?.title}</Words>)
                    </span>
                  </li>
                );
              })}
            </ol>
            {state.history.length > HISTORY_SHOWN ? (
              <p>
                {t.earlierChangesIn(state.history.length - HISTORY_SHOWN)}{" "}
                {[...new Set(state.history.slice(HISTORY_SHOWN).map((e) => e.update.incident))].map((slug, i) => {
                  const incident = findIncident(site, slug);
                  return (
                    <span key={slug}>
                      {i > 0 ? `${ui.t.service.listSeparator} ` : null}
                      <a href={p.incidentOldestFirst(slug)}>
                        <Words ui={ui} language={incident?.textLanguage}>
                          {incident?.title ?? slug}
                        </Words>
                      </a>
                    </span>
                  );
                })}
                {ui.t.service.sentenceEnd}
              </p>
            ) : null}
            </>
          )}
        </section>
      </article>
    </>
  );
}
