import type { ServiceState } from "@/lib/content/derive";
import type { Service } from "@/lib/content/types";
import { textAttributes, type PageLanguage } from "@/lib/i18n/page";
import { AlternativeContact } from "./contact";
import { StatusTag } from "./tags";
import { Time } from "./time";

/**
 * One service on the board or the home page: name, status in words, since when, the
 * latest note and what to do instead. The status comes from the one derivation.
 */
export function ServiceSummary({
  service,
  state,
  ui,
  headingLevel,
  showAlternatives = true,
}: {
  service: Service;
  state: ServiceState;
  ui: PageLanguage;
  headingLevel: 2 | 3;
  showAlternatives?: boolean;
}) {
  const H = `h${headingLevel}` as "h2" | "h3";
  const Sub = `h${headingLevel + 1}` as "h3" | "h4";
  const disrupted = state.status !== "operational";
  const words = textAttributes(ui, service.textLanguage);
  return (
    <article id={service.slug} className="service" data-service={service.slug}>
      <H className="service-name">
        <a href={ui.paths.service(service.slug)} {...words}>
          {service.name}
        </a>
      </H>
      <p className="service-status">
        <StatusTag status={state.status} ui={ui} />
        {state.since !== undefined ? (
          <span className="since">
            {" "}
            {ui.t.service.sinceLower} <Time instant={state.since} ui={ui} />
          </span>
        ) : null}
      </p>
      {state.note ? (
        <p className="service-note" {...textAttributes(ui, state.history[0]?.update.textLanguage)}>
          {state.note}
        </p>
      ) : null}
      {!disrupted && service.description ? (
        <p className="hint" {...words}>
          {service.description}
        </p>
      ) : null}
      {disrupted && showAlternatives && service.alternatives.length > 0 ? (
        <>
          <Sub className="what-to-do">{ui.t.service.whatToDo}</Sub>
          <div className="contacts" {...words}>
            {service.alternatives.map((alt, i) => (
              <AlternativeContact key={i} alternative={alt} ui={ui} />
            ))}
          </div>
        </>
      ) : null}
    </article>
  );
}
