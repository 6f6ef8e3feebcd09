import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ExternalOrSiteLink, Phone } from "@/components/contact";
import { ServiceSummary } from "@/components/service-summary";
import { PhaseTag } from "@/components/tags";
import { Time } from "@/components/time";
import { pageMetadata } from "@/lib/metadata";
import { organisationParams, paths } from "@/lib/routes";
import { getSite, serviceState } from "@/lib/site";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return organisationParams(getSite());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = (await params).id;
  const found = getSite().site.organisations.find((o) => o.id === id);
  return found ? pageMetadata(getSite(), { title: found.name, path: paths.organisation(found.id) }) : {};
}

export default async function OrganisationPage({ params }: Props) {
  const site = getSite();
  const id = (await params).id;
  const org = site.site.organisations.find((o) => o.id === id);
  if (!org) notFound();
  const zone = site.site.timezone;
  const incidents = site.incidentsByActivity.filter((i) => i.organisations.includes(id));
  const services = site.services.filter((s) => s.organisations.includes(id));
  return (
    <>
      <Breadcrumbs trail={[{ href: paths.home(), label: "Home" }]} current={org.name} />
      <h1>{org.name}</h1>
      <ul className="contact-lines">
        {org.phone ? (
          <li>
            Phone: <Phone number={org.phone} />
          </li>
        ) : null}
        {org.email ? (
          <li>
            Email: <a href={`mailto:${org.email}`}>{org.email}</a>
          </li>
        ) : null}
        {org.address ? <li>Address: {org.address}</li> : null}
        <li>
          <ExternalOrSiteLink href={org.url}>Council website</ExternalOrSiteLink>
        </li>
      </ul>
      <section aria-labelledby="org-incidents">
        <h2 id="org-incidents">Incidents</h2>
        {incidents.length === 0 ? <p>No incident affects {org.name}.</p> : null}
        <ul className="plain-list">
          {incidents.map((incident) => {
            const state = site.incidentStates.get(incident.slug)!;
            return (
              <li key={incident.slug}>
                <a href={paths.incident(incident.slug)}>{incident.title}</a> <PhaseTag phase={state.phase} />{" "}
                <span className="hint">
                  last updated <Time instant={state.lastUpdated} zone={zone} />
                </span>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="org-services">
        <h2 id="org-services">Services</h2>
        {services.length === 0 ? <p>No services are listed for {org.name}.</p> : null}
        {services.map((service) => (
          <ServiceSummary key={service.slug} service={service} state={serviceState(site, service.slug)} zone={zone} headingLevel={3} />
        ))}
      </section>
    </>
  );
}
