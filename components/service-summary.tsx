import type { ServiceState } from "@/lib/content/derive";
import type { Service } from "@/lib/content/types";
import { paths } from "@/lib/routes";
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
  zone,
  headingLevel,
  showAlternatives = true,
}: {
  service: Service;
  state: ServiceState;
  zone: string;
  headingLevel: 2 | 3;
  showAlternatives?: boolean;
}) {
  const H = `h${headingLevel}` as "h2" | "h3";
  const Sub = `h${headingLevel + 1}` as "h3" | "h4";
  const disrupted = state.status !== "operational";
  return (
    <article id={service.slug} className="service" data-service={service.slug}>
      <H className="service-name">
        <a href={paths.service(service.slug)}>{service.name}</a>
      </H>
      <p className="service-status">
        <StatusTag status={state.status} />
        {state.since !== undefined ? (
          <span className="since">
            {" "}
            since <Time instant={state.since} zone={zone} />
          </span>
        ) : null}
      </p>
      {state.note ? <p className="service-note">{state.note}</p> : null}
      {!disrupted && service.description ? <p className="hint">{service.description}</p> : null}
      {disrupted && showAlternatives && service.alternatives.length > 0 ? (
        <>
          <Sub className="what-to-do">What to do instead</Sub>
          <div className="contacts">
            {service.alternatives.map((alt, i) => (
              <AlternativeContact key={i} alternative={alt} />
            ))}
          </div>
        </>
      ) : null}
    </article>
  );
}
