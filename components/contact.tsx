import { displayDomain, telHref } from "@/lib/content/links";
import type { Alternative } from "@/lib/content/schemas";
import type { PageLanguage } from "@/lib/i18n/page";

/**
 * A phone number as a tel: link, shown as written. Numbers read left to right in every
 * language, so `dir="ltr"` keeps "+44 (0)20" in order on a right-to-left page.
 */
export function Phone({ number }: { number: string }) {
  return (
    <a href={telHref(number)} className="whitespace-nowrap" dir="ltr">
      {number}
    </a>
  );
}

/** An email address as a mailto: link, left to right on every page. */
export function Email({ address }: { address: string }) {
  return (
    <a href={`mailto:${address}`} dir="ltr">
      {address}
    </a>
  );
}

export function ExternalOrSiteLink({ href, children }: { href: string; children: React.ReactNode }) {
  if (href.startsWith("/")) return <a href={href}>{children}</a>;
  const domain = displayDomain(href);
  return (
    <a href={href}>
      {children}
      {domain ? (
        <span className="link-domain">
          {" "}(<bdi dir="ltr">{domain}</bdi>)
        </span>
      ) : null}
    </a>
  );
}

/** How to get help while a service is down, shown the same way on every page. */
export function AlternativeContact({ alternative, ui }: { alternative: Alternative; ui: PageLanguage }) {
  const { label, phone, email, url, address, hours } = alternative;
  const t = ui.t.contact;
  return (
    <div className="contact">
      <p className="font-bold">{url && !phone && !email ? <ExternalOrSiteLink href={url}>{label}</ExternalOrSiteLink> : label}</p>
      <ul className="contact-lines">
        {phone ? (
          <li>
            {t.phone}: <Phone number={phone} />
          </li>
        ) : null}
        {email ? (
          <li>
            {t.email}: <Email address={email} />
          </li>
        ) : null}
        {url && (phone || email) ? (
          <li>
            <ExternalOrSiteLink href={url}>{t.moreInformation}</ExternalOrSiteLink>
          </li>
        ) : null}
        {address ? <li>{t.address}: {address}</li> : null}
        {hours ? <li>{t.openingTimes}: {hours}</li> : null}
      </ul>
    </div>
  );
}
