import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Email, ExternalOrSiteLink, Phone } from "@/components/contact";
import { LanguageSwitch } from "@/components/language";
import { ServiceSummary } from "@/components/service-summary";
import { PhaseTag } from "@/components/tags";
import { Time } from "@/components/time";
import { langAttribute, textAttributes } from "@/lib/i18n/page";
import { pageMetadata } from "@/lib/metadata";
import { organisationParams } from "@/lib/routes";
import { getSite, pagesToRender, serviceState, siteForPage, type ParentParams } from "@/lib/site";

type Props = { params: Promise<{ id: string; lang?: string }> };

export const dynamicParams = false;

export function generateStaticParams({ params }: ParentParams) {
  return pagesToRender(params?.lang, organisationParams(getSite()), (p, { id }) => p.organisation(id));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = (await params).id;
  const { site, ui } = await siteForPage(params);
  const found = site.site.organisations.find((o) => o.id === id);
  return found ? pageMetadata(site, ui, { title: found.name, path: ui.paths.organisation(found.id) }) : {};
}

export default async function OrganisationPage({ params }: Props) {
  const { site, ui } = await siteForPage(params);
  const id = (await params).id;
  const org = site.site.organisations.find((o) => o.id === id);
  if (!org) notFound();
  const t = ui.t.organisation;
  const lang = langAttribute(ui, site.site.textLanguage);
  const incidents = site.incidentsByActivity.filter((i) => i.organisations.includes(id));
  const services = site.services.filter((s) => s.organisations.includes(id));
  return (
    <>
      <LanguageSwitch ui={ui} path={ui.paths.organisation(id)} />
      <Breadcrumbs ui={ui} trail={[{ href: ui.paths.home(), label: ui.t.chrome.home }]} current={org.name} currentLang={lang} />
      <h1 lang={lang}>{org.name}</h1>
      <ul className="contact-lines">
        {org.phone ? (
          <li>
            {t.phone}: <Phone number={org.phone} />
          </li>
        ) : null}
        {org.email ? (
          <li>
            {t.email}: <Email address={org.email} />
          </li>
        ) : null}
        {org.address ? (
          <li>
            {t.address}: <span lang={lang}>{org.address}</span>
          </li>
        ) : null}
        <li>
          <ExternalOrSiteLink href={org.url}>{t.website}</ExternalOrSiteLink>
        </li>
      </ul>
      <section aria-labelledby="org-incidents">
        <h2 id="org-incidents">{t.incidents}</h2>
        {incidents.length === 0 ? <p>{t.noIncidents(org.name)}</p> : null}
        <ul className="plain-list">
          {incidents.map((incident) => {
            const state = site.incidentStates.get(incident.slug)!;
            return (
              <li key={incident.slug}>
                <a href={ui.paths.incident(incident.slug)} {...textAttributes(ui, incident.textLanguage)}>
                  {incident.title}
                </a>{" "}
                <PhaseTag phase={state.phase} ui={ui} />{" "}
                <span className="hint">
                  {t.lastUpdated} <Time instant={state.lastUpdated} ui={ui} />
                </span>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="org-services">
        <h2 id="org-services">{t.services}</h2>
        {services.length === 0 ? <p>{t.noServices(org.name)}</p> : null}
        {services.map((service) => (
          <ServiceSummary key={service.slug} service={service} state={serviceState(site, service.slug)} ui={ui} headingLevel={3} />
        ))}
      </section>
    </>
  );
}
