import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Email, ExternalOrSiteLink, Phone } from "@/components/contact";
import { LanguageSwitch } from "@/components/language";
import { pageMetadata } from "@/lib/metadata";
import { siteForPage, type PageProps } from "@/lib/site";

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { site, ui } = await siteForPage(params);
  return pageMetadata(site, ui, { title: ui.t.accessibility.title, path: ui.paths.accessibility() });
}

export default async function AccessibilityPage({ params }: PageProps) {
  const { site, ui } = await siteForPage(params);
  const t = ui.t.accessibility;
  const orgs = site.site.organisations;
  const names = orgs.map((o) => o.name).join(", ");
  const contact = site.site.press?.email ?? orgs.find((o) => o.email)?.email;
  return (
    <>
      <LanguageSwitch ui={ui} path={ui.paths.accessibility()} />
      <Breadcrumbs ui={ui} trail={[{ href: ui.paths.home(), label: ui.t.chrome.home }]} current={t.title} />
      <h1>{t.title}</h1>
      <p>{t.intro(new URL(site.site.url).hostname, names)}</p>
      <ul>
        {t.abilities.map((ability) => (
          <li key={ability}>{ability}</li>
        ))}
      </ul>
      <h2>{t.howAccessible}</h2>
      <p>{t.standard}</p>
      <p>{t.tellUs}</p>
      <h2>{t.feedback}</h2>
      <p>{t.formats}</p>
      <ul>
        {contact ? (
          <li>
            {t.emailUs}
            <Email address={contact} />
          </li>
        ) : null}
        {orgs.map((o) =>
          o.phone ? (
            <li key={o.id}>
              {t.call(o.shortName ?? o.name)}
              <Phone number={o.phone} />
            </li>
          ) : null,
        )}
      </ul>
      <h2>{t.enforcement}</h2>
      <p>
        {t.enforcementText}
        <ExternalOrSiteLink href="https://www.equalityadvisoryservice.com/">{t.advisoryService}</ExternalOrSiteLink>.
      </p>
      <h2>{t.technical}</h2>
      <p>{t.technicalText}</p>
      <p>
        {t.credits.before}
        <ExternalOrSiteLink href="https://github.com/jdecked/twemoji">{t.credits.twemoji}</ExternalOrSiteLink>
        {t.credits.middle}
        <ExternalOrSiteLink href="https://creativecommons.org/licenses/by/4.0/">{t.credits.licence}</ExternalOrSiteLink>
        {t.credits.after}
      </p>
    </>
  );
}
