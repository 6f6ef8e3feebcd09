import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ExternalOrSiteLink, Phone } from "@/components/contact";
import { pageMetadata } from "@/lib/metadata";
import { paths } from "@/lib/routes";
import { getSite } from "@/lib/site";

export function generateMetadata(): Metadata {
  return pageMetadata(getSite(), { title: "Accessibility statement", path: paths.accessibility() });
}

export default function AccessibilityPage() {
  const site = getSite();
  const orgs = site.site.organisations;
  const names = orgs.map((o) => o.name).join(", ");
  const contact = site.site.press?.email ?? orgs.find((o) => o.email)?.email;
  return (
    <>
      <Breadcrumbs trail={[{ href: paths.home(), label: "Home" }]} current="Accessibility statement" />
      <h1>Accessibility statement</h1>
      <p>
        This statement covers this website, {new URL(site.site.url).hostname}, run by {names}. We want as many people as
        possible to be able to use it. You should be able to:
      </p>
      <ul>
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>get around the whole website using just a keyboard</li>
        <li>use the website with a screen reader</li>
        <li>use the website with JavaScript switched off: it does not use any</li>
        <li>use the website on a slow connection: each page is small</li>
      </ul>
      <h2>How accessible this website is</h2>
      <p>
        This website is designed to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. Every
        page is tested automatically for accessibility problems, in light and dark colour schemes, before it is published.
        Service statuses are always written in words, not shown by colour alone.
      </p>
      <p>
        Updates are written quickly during an incident. If something is unclear or hard to use, please tell us and we
        will fix it.
      </p>
      <h2>Feedback and contact information</h2>
      <p>If you need information on this website in a different format, such as large print, easy read or audio:</p>
      <ul>
        {contact ? (
          <li>
            email <a href={`mailto:${contact}`}>{contact}</a>
          </li>
        ) : null}
        {orgs.map((o) =>
          o.phone ? (
            <li key={o.id}>
              call {o.shortName ?? o.name} on <Phone number={o.phone} />
            </li>
          ) : null,
        )}
      </ul>
      <h2>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and
        Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your
        complaint, contact the{" "}
        <ExternalOrSiteLink href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service</ExternalOrSiteLink>
        .
      </p>
      <h2>Technical information</h2>
      <p>
        This website is fully compliant with WCAG version 2.2 AA standard, as far as our automated and manual testing
        shows. It was last tested when it was last published.
      </p>
      <p>
        Pictures shown when a page is shared use emoji artwork from{" "}
        <ExternalOrSiteLink href="https://github.com/jdecked/twemoji">Twemoji</ExternalOrSiteLink>, by Twitter, Inc. and
        other contributors, under the{" "}
        <ExternalOrSiteLink href="https://creativecommons.org/licenses/by/4.0/">CC-BY 4.0 licence</ExternalOrSiteLink>, and
        the Noto fonts under the SIL Open Font License.
      </p>
    </>
  );
}
