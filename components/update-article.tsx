import type { Update } from "@/lib/content/types";
import { textAttributes, type PageLanguage } from "@/lib/i18n/page";
import type { SiteModel } from "@/lib/site";
import { findService } from "@/lib/site";
import { Markdown } from "./markdown";
import { PhaseTag, StatusTag } from "./tags";
import { Time } from "./time";
import { UntranslatedNotice, Words } from "./language";

/** The facts of an update: its time, phase, service changes and corrections. */
export function UpdateFacts({ update, site, ui }: { update: Update; site: SiteModel; ui: PageLanguage }) {
  const t = ui.t.update;
  const words = textAttributes(ui, update.textLanguage);
  return (
    <>
      <p className="update-meta">
        <Time instant={update.published} ui={ui} /> <PhaseTag phase={update.phase} ui={ui} />
      </p>
      {update.services.length > 0 ? (
        <div className="changes">
          <p className="font-bold">{t.serviceChanges}</p>
          <ul>
            {update.services.map((change) => {
              const service = findService(site, change.service);
              return (
                <li key={change.service}>
                  <a href={ui.paths.service(change.service)}>
                    <Words ui={ui} language={service?.textLanguage}>
                      {service?.name ?? change.service}
                    </Words>
                  </a>
                  {": "}
                  <StatusTag status={change.status} ui={ui} />
                  {change.note ? (
                    <>
                      {" "}
                      <Words ui={ui} language={update.textLanguage}>
                        {change.note}
                      </Words>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {update.revisions.length > 0 ? (
        <div className="revisions">
          <p className="font-bold">{t.corrections}</p>
          <ul>
            {update.revisions.map((r, i) => (
              <li key={i}>
                <Time instant={r.at} ui={ui} />:{" "}
                <Words ui={ui} language={update.textLanguage}>
                  {r.note}
                </Words>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

/** One entry of a timeline: `id` and `data-phase` let readers and tools link and read it. */
export function UpdateArticle({ update, site, ui }: { update: Update; site: SiteModel; ui: PageLanguage }) {
  const permalink = ui.paths.update(update.incident, update.slug);
  const words = textAttributes(ui, update.textLanguage);
  return (
    <article id={update.slug} data-phase={update.phase} className="update">
      <h3 {...words}>
        <a href={permalink}>{update.title}</a>
      </h3>
      <UpdateFacts update={update} site={site} ui={ui} />
      <UntranslatedNotice textLanguage={update.textLanguage} ui={ui} />
      <Markdown resolveLink={site.resolveLink} markdown={update.body.markdown} headingBase={4} idPrefix={`${update.slug}--`} {...words} />
      <p className="permalink">
        <a href={permalink}>
          {t(ui).linkToUpdate}
          <span className="visually-hidden" {...words}>
            : {update.title}
          </span>
        </a>
      </p>
    </article>
  );
}

const t = (ui: PageLanguage) => ui.t.update;
