import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Phone } from "@/components/contact";
import { Markdown } from "@/components/markdown";
import { PhaseTag } from "@/components/tags";
import { Time } from "@/components/time";
import { UpdateFacts } from "@/components/update-article";
import { formatDateTime, isoInZone, zoneAbbreviation } from "@/lib/content/times";
import { pageMetadata } from "@/lib/metadata";
import { absoluteUrl, paths, updateParams } from "@/lib/routes";
import { findIncident, findUpdate, getSite } from "@/lib/site";

type Props = { params: Promise<{ incident: string; update: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return updateParams(getSite());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { incident, update } = await params;
  const site = getSite();
  const found = findUpdate(site, incident, update);
  return found
    ? pageMetadata(site, {
        title: found.title,
        description: found.summary,
        path: paths.update(incident, update),
        image: paths.updateCard(incident, update),
        incident,
        type: "article",
        publishedTime: isoInZone(found.published, site.site.timezone),
      })
    : {};
}

export default async function UpdatePage({ params }: Props) {
  const site = getSite();
  const { incident: incidentSlug, update: updateSlug } = await params;
  const incident = findIncident(site, incidentSlug);
  const update = findUpdate(site, incidentSlug, updateSlug);
  if (!incident || !update) notFound();
  const zone = site.site.timezone;
  const state = site.incidentStates.get(incident.slug)!;
  const index = state.updates.findIndex((u) => u.slug === update.slug);
  const previous = state.updates[index - 1];
  const next = state.updates[index + 1];
  const latest = state.latest!;
  const permalink = absoluteUrl(paths.update(incident.slug, update.slug), site.site.url);
  const press = site.site.press;
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: paths.home(), label: "Home" },
          { href: paths.incidents(), label: "Incidents" },
          { href: paths.incident(incident.slug), label: incident.title },
        ]}
        current={update.title}
      />
      {latest.slug !== update.slug ? (
        <div className="inset" data-not-latest="">
          <p>
            <strong>This is an earlier update.</strong> The incident is now: <PhaseTag phase={state.phase} />
          </p>
          <p>
            <a href={paths.update(incident.slug, latest.slug)}>Read the latest update: <bdi>{latest.title}</bdi></a> (
            <Time instant={latest.published} zone={zone} />)
          </p>
        </div>
      ) : (
        <p className="inset">
          <strong>This is the latest update.</strong> The incident is now: <PhaseTag phase={state.phase} />
        </p>
      )}
      <article id={update.slug} data-phase={update.phase} className="update update-page">
        <h1>{update.title}</h1>
        <p className="hint">
          Part of <a href={paths.incident(incident.slug)}><bdi>{incident.title}</bdi></a>
        </p>
        <UpdateFacts update={update} site={site} />
        <Markdown markdown={update.body.markdown} headingBase={2} />
      </article>

      <nav aria-label="Other updates" className="pager">
        <ul className="nav-list">
          {previous ? (
            <li>
              <a href={paths.update(incident.slug, previous.slug)} rel="prev">
                Previous update<span className="pager-title">: <bdi>{previous.title}</bdi></span>
              </a>
            </li>
          ) : null}
          {next ? (
            <li>
              <a href={paths.update(incident.slug, next.slug)} rel="next">
                Next update<span className="pager-title">: <bdi>{next.title}</bdi></span>
              </a>
            </li>
          ) : null}
          <li>
            <a href={`${paths.incident(incident.slug)}#${update.slug}`}>See this update in the timeline</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="cite" className="cite">
        <h2 id="cite">Cite this update</h2>
        <dl className="summary-list">
          <div>
            <dt>Title</dt>
            <dd>{update.title}</dd>
          </div>
          <div>
            <dt>Published</dt>
            <dd>
              <time dateTime={isoInZone(update.published, zone)}>
                {formatDateTime(update.published, zone)} {zoneAbbreviation(update.published, zone)} (
                {isoInZone(update.published, zone)})
              </time>
            </dd>
          </div>
          {update.revisions.length > 0 ? (
            <div>
              <dt>Last corrected</dt>
              <dd>
                <Time instant={update.revisions.at(-1)!.at} zone={zone} />
              </dd>
            </div>
          ) : null}
          <div>
            <dt>Permanent link</dt>
            <dd>
              <a href={paths.update(incident.slug, update.slug)} className="break-all">
                {permalink}
              </a>
            </dd>
          </div>
          {press ? (
            <div>
              <dt>Press office</dt>
              <dd>
                {press.phone ? <Phone number={press.phone} /> : null}
                {press.phone && press.email ? ", " : null}
                {press.email ? <a href={`mailto:${press.email}`}>{press.email}</a> : null}
              </dd>
            </div>
          ) : null}
        </dl>
      </section>
    </>
  );
}
