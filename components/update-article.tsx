import type { Update } from "@/lib/content/types";
import { paths } from "@/lib/routes";
import type { SiteModel } from "@/lib/site";
import { findService } from "@/lib/site";
import { Markdown } from "./markdown";
import { PhaseTag, StatusTag } from "./tags";
import { Time } from "./time";

/** The facts of an update: its time, phase, service changes and corrections. */
export function UpdateFacts({ update, site }: { update: Update; site: SiteModel }) {
  const zone = site.site.timezone;
  return (
    <>
      <p className="update-meta">
        <Time instant={update.published} zone={zone} /> <PhaseTag phase={update.phase} />
      </p>
      {update.services.length > 0 ? (
        <div className="changes">
          <p className="font-bold">Service changes in this update:</p>
          <ul>
            {update.services.map((change) => (
              <li key={change.service}>
                <a href={paths.service(change.service)}><bdi>{findService(site, change.service)?.name ?? change.service}</bdi></a>
                {": "}
                <StatusTag status={change.status} />
                {change.note ? <> <bdi>{change.note}</bdi></> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {update.revisions.length > 0 ? (
        <div className="revisions">
          <p className="font-bold">Corrections:</p>
          <ul>
            {update.revisions.map((r, i) => (
              <li key={i}>
                <Time instant={r.at} zone={zone} />: <bdi>{r.note}</bdi>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

/** One entry of a timeline: `id` and `data-phase` let readers and tools link and read it. */
export function UpdateArticle({ update, site }: { update: Update; site: SiteModel }) {
  const permalink = paths.update(update.incident, update.slug);
  return (
    <article id={update.slug} data-phase={update.phase} className="update">
      <h3>
        <a href={permalink}>{update.title}</a>
      </h3>
      <UpdateFacts update={update} site={site} />
      <Markdown markdown={update.body.markdown} headingBase={4} idPrefix={`${update.slug}--`} />
      <p className="permalink">
        <a href={permalink}>
          Link to this update<span className="visually-hidden">: {update.title}</span>
        </a>
      </p>
    </article>
  );
}
