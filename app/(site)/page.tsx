import type { Metadata } from "next";
import { LanguageSwitch, UntranslatedNotice, Words } from "@/components/language";
import { Markdown } from "@/components/markdown";
import { ServiceSummary } from "@/components/service-summary";
import { SiteLastUpdated } from "@/components/site-chrome";
import { PhaseTag } from "@/components/tags";
import { Time } from "@/components/time";
import { STATUS_SEVERITY } from "@/lib/content/derive";
import { textAttributes } from "@/lib/i18n/page";
import { pageMetadata } from "@/lib/metadata";
import { serviceState, siteForPage, type PageProps } from "@/lib/site";

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { site, ui } = await siteForPage(params);
  return pageMetadata(site, ui, { title: site.site.title, path: ui.paths.home(), incident: site.featured?.slug });
}

export default async function HomePage({ params }: PageProps) {
  const { site, ui } = await siteForPage(params);
  const t = ui.t.home;
  const p = ui.paths;
  const featured = site.featured;
  const state = featured ? site.incidentStates.get(featured.slug) : undefined;
  const disrupted = site.services
    .map((service) => ({ service, state: serviceState(site, service.slug) }))
    .filter(({ state }) => state.status !== "operational")
    .sort((a, b) => STATUS_SEVERITY[b.state.status] - STATUS_SEVERITY[a.state.status]);
  const urgentAdvice = site.advice.slice(0, 2);
  return (
    <>
      <LanguageSwitch ui={ui} path={p.home()} />
      {featured && state ? (
        <div className="banner" role="region" aria-labelledby="banner-title" data-incident={featured.slug}>
          <h2 id="banner-title" className="banner-title">
            {t.important}
          </h2>
          <div className="banner-content">
            <p className="banner-heading">
              <a href={p.incident(featured.slug)} {...textAttributes(ui, featured.textLanguage)}>
                {featured.title}
              </a>
            </p>
            <p>
              <PhaseTag phase={state.phase} ui={ui} /> {t.lastUpdated} <Time instant={state.lastUpdated} ui={ui} />
            </p>
            {state.latest ? (
              <>
                <p {...textAttributes(ui, state.latest.textLanguage)}>{state.latest.summary}</p>
                <p>
                  <a href={p.update(featured.slug, state.latest.slug)}>
                    {t.readLatest}
                    <span className="visually-hidden">
                      : <Words ui={ui} language={state.latest.textLanguage}>{state.latest.title}</Words>
                    </span>
                  </a>
                  {" · "}
                  <a href={p.incident(featured.slug)}>{t.allUpdates}</a>
                </p>
              </>
            ) : (
              <p {...textAttributes(ui, featured.textLanguage)}>{featured.summary}</p>
            )}
          </div>
        </div>
      ) : null}
      <h1>
        <Words ui={ui} language={site.site.textLanguage}>
          {site.site.title}
        </Words>
      </h1>
      <UntranslatedNotice textLanguage={site.site.textLanguage} ui={ui} />
      <Markdown resolveLink={site.resolveLink} markdown={site.site.about.markdown} {...textAttributes(ui, site.site.textLanguage)} />

      <section aria-labelledby="disrupted">
        <h2 id="disrupted">{t.disrupted}</h2>
        {disrupted.length === 0 ? (
          <p>{t.allWorking}</p>
        ) : (
          <>
            <p>
              {t.worstFirst} <a href={p.services()}>{t.seeEveryService}</a>.
            </p>
            {disrupted.map(({ service, state }) => (
              <ServiceSummary key={service.slug} service={service} state={state} ui={ui} headingLevel={3} />
            ))}
          </>
        )}
      </section>

      {urgentAdvice.length > 0 ? (
        <section aria-labelledby="stay-safe">
          <h2 id="stay-safe">{t.staySafe}</h2>
          {urgentAdvice.map((a) => (
            <div key={a.slug} className="advice-teaser" {...textAttributes(ui, a.textLanguage)}>
              <h3>
                <a href={`${p.advice()}#${a.slug}`}>{a.title}</a>
              </h3>
              {a.summary ? <p>{a.summary}</p> : null}
            </div>
          ))}
          <p>
            <a href={p.advice()}>{t.allAdvice}</a>
          </p>
        </section>
      ) : null}
      <SiteLastUpdated site={site} ui={ui} />
    </>
  );
}
