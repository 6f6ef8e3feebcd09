import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { AlternativeContact } from "@/components/contact";
import { OrganisationLinks } from "@/components/incident-facts";
import { Markdown } from "@/components/markdown";
import { StatusTag } from "@/components/tags";
import { Time } from "@/components/time";
import { pageMetadata } from "@/lib/metadata";
import { STATUS_LABELS } from "@/lib/labels";
import { paths, serviceParams } from "@/lib/routes";
import { findIncident, findService, getSite, serviceState } from "@/lib/site";

type Props = { params: Promise<{ service: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return serviceParams(getSite());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const service = findService(getSite(), (await params).service);
  if (!service) return {};
  const site = getSite();
  const state = serviceState(site, service.slug);
  return pageMetadata(site, {
    title: service.name,
    description: `${STATUS_LABELS[state.status]}. ${state.note ?? service.description ?? ""}`.trim(),
    path: paths.service(service.slug),
  });
}

export default async function ServicePage({ params }: Props) {
  const site = getSite();
  const service = findService(site, (await params).service);
  if (!service) notFound();
  const zone = site.site.timezone;
  const state = serviceState(site, service.slug);
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: paths.home(), label: "Home" },
          { href: paths.services(), label: "Services" },
        ]}
        current={service.name}
      />
      <article id={service.slug} data-service={service.slug}>
        <h1>{service.name}</h1>
        {service.description ? <p className="lead">{service.description}</p> : null}
        <dl className="summary-list">
          <div>
            <dt>Status</dt>
            <dd>
              <StatusTag status={state.status} />
            </dd>
          </div>
          {state.since !== undefined && state.sinceUpdate ? (
            <div>
              <dt>Since</dt>
              <dd>
                <Time instant={state.since} zone={zone} /> (
                <a href={paths.update(state.sinceUpdate.incident, state.sinceUpdate.slug)}>update</a>)
              </dd>
            </div>
          ) : null}
          {state.note ? (
            <div>
              <dt>Latest news</dt>
              <dd>{state.note}</dd>
            </div>
          ) : null}
          <div>
            <dt>Run by</dt>
            <dd>
              <OrganisationLinks site={site} ids={service.organisations} />
            </dd>
          </div>
        </dl>
        {service.alternatives.length > 0 ? (
          <section aria-labelledby="what-to-do-instead">
            <h2 id="what-to-do-instead">{state.status === "operational" ? "Other ways to get help" : "What to do instead"}</h2>
            <div className="contacts">
              {service.alternatives.map((alt, i) => (
                <AlternativeContact key={i} alternative={alt} />
              ))}
            </div>
          </section>
        ) : null}
        <Markdown markdown={service.body.markdown} headingBase={2} />
        <section aria-labelledby="history">
          <h2 id="history">History</h2>
          {state.history.length === 0 ? (
            <p>No update has mentioned this service. It has been working normally throughout.</p>
          ) : (
            <ol className="history" reversed>
              {state.history.map((entry) => (
                <li key={`${entry.update.incident}/${entry.update.slug}`} data-status={entry.status}>
                  <Time instant={entry.update.published} zone={zone} />: <StatusTag status={entry.status} />
                  {entry.note ? <> <bdi>{entry.note}</bdi></> : null}{" "}
                  <a href={paths.update(entry.update.incident, entry.update.slug)}>
                    <bdi>{entry.update.title}</bdi>
                  </a>
                  <span className="hint"> (<bdi>{findIncident(site, entry.update.incident)?.title}</bdi>)</span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </article>
    </>
  );
}
