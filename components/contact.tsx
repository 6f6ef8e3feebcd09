import { displayDomain, telHref } from "@/lib/content/links";
import type { Alternative } from "@/lib/content/schemas";

/** A phone number as a tel: link, shown as written. */
export function Phone({ number }: { number: string }) {
  return (
    <a href={telHref(number)} className="whitespace-nowrap">
      {number}
    </a>
  );
}

export function ExternalOrSiteLink({ href, children }: { href: string; children: React.ReactNode }) {
  if (href.startsWith("/")) return <a href={href}>{children}</a>;
  const domain = displayDomain(href);
  return (
    <a href={href}>
      {children}
      {domain ? <span className="link-domain"> ({domain})</span> : null}
    </a>
  );
}

/** How to get help while a service is down, shown the same way on every page. */
export function AlternativeContact({ alternative }: { alternative: Alternative }) {
  const { label, phone, email, url, address, hours } = alternative;
  return (
    <div className="contact">
      <p className="font-bold">{url && !phone && !email ? <ExternalOrSiteLink href={url}>{label}</ExternalOrSiteLink> : label}</p>
      <ul className="contact-lines">
        {phone ? (
          <li>
            Phone: <Phone number={phone} />
          </li>
        ) : null}
        {email ? (
          <li>
            Email: <a href={`mailto:${email}`}>{email}</a>
          </li>
        ) : null}
        {url && (phone || email) ? (
          <li>
            <ExternalOrSiteLink href={url}>More information</ExternalOrSiteLink>
          </li>
        ) : null}
        {address ? <li>Address: {address}</li> : null}
        {hours ? <li>Opening times: {hours}</li> : null}
      </ul>
    </div>
  );
}
