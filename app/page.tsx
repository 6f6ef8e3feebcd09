import { Markdown } from "@/components/markdown";
import { ServiceSummary } from "@/components/service-summary";
import { PhaseTag } from "@/components/tags";
import { Time } from "@/components/time";
import { STATUS_SEVERITY } from "@/lib/content/derive";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { paths } from "@/lib/routes";
import { getSite, serviceState } from "@/lib/site";

export function generateMetadata(): Metadata {
  const site = getSite();
  return pageMetadata(site, { title: site.site.title, path: paths.home(), incident: site.featured?.slug });
}

export default function HomePage() {
  const site = getSite();
  const zone = site.site.timezone;
  const featured = site.featured;
  const state = featured ? site.incidentStates.get(featured.slug) : undefined;
  const disrupted = site.services
    .map((service) => ({ service, state: serviceState(site, service.slug) }))
    .filter(({ state }) => state.status !== "operational")
    .sort((a, b) => STATUS_SEVERITY[b.state.status] - STATUS_SEVERITY[a.state.status]);
  const urgentAdvice = site.advice.slice(0, 2);
  return (
    <>
      {featured && state ? (
        <div className="banner" role="region" aria-labelledby="banner-title" data-incident={featured.slug}>
          <h2 id="banner-title" className="banner-title">
            Important
          </h2>
          <div className="banner-content">
            <p className="banner-heading">
              <a href={paths.incident(featured.slug)}>{featured.title}</a>
            </p>
            <p>
              <PhaseTag phase={state.phase} /> Last updated <Time instant={state.lastUpdated} zone={zone} />
            </p>
            {state.latest ? (
              <>
                <p>{state.latest.summary}</p>
                <p>
                  <a href={paths.update(featured.slug, state.latest.slug)}>
                    Read the latest update<span className="visually-hidden">: {state.latest.title}</span>
                  </a>
                  {" · "}
                  <a href={paths.incident(featured.slug)}>All updates</a>
                </p>
              </>
            ) : (
              <p>{featured.summary}</p>
            )}
          </div>
        </div>
      ) : null}
      <h1>{site.site.title}</h1>
      <Markdown resolveLink={site.resolveLink} markdown={site.site.about.markdown} />

      <section aria-labelledby="disrupted">
        <h2 id="disrupted">Services not working normally</h2>
        {disrupted.length === 0 ? (
          <p>All services are working normally.</p>
        ) : (
          <>
            <p>
              Worst affected first. <a href={paths.services()}>See every service</a>.
            </p>
            {disrupted.map(({ service, state }) => (
              <ServiceSummary key={service.slug} service={service} state={state} zone={zone} headingLevel={3} />
            ))}
          </>
        )}
      </section>

      {urgentAdvice.length > 0 ? (
        <section aria-labelledby="stay-safe">
          <h2 id="stay-safe">Stay safe from scams</h2>
          {urgentAdvice.map((a) => (
            <div key={a.slug} className="advice-teaser">
              <h3>
                <a href={`${paths.advice()}#${a.slug}`}>{a.title}</a>
              </h3>
              {a.summary ? <p>{a.summary}</p> : null}
            </div>
          ))}
          <p>
            <a href={paths.advice()}>All advice</a>
          </p>
        </section>
      ) : null}
    </>
  );
}
