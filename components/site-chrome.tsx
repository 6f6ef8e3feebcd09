import { paths } from "@/lib/routes";
import type { SiteModel } from "@/lib/site";
import { ExternalOrSiteLink, Phone } from "./contact";
import { Time } from "./time";

export function SkipLink() {
  return (
    <a href="#main-content" className="skip-link">
      Skip to main content
    </a>
  );
}

export function SiteHeader({ site }: { site: SiteModel }) {
  return (
    <header className="site-header">
      <div className="page-width">
        <p className="site-title">
          <a href={paths.home()}>{site.site.title}</a>
        </p>
        <p className="site-orgs">
          For{" "}
          {site.site.organisations.map((o, i) => (
            <span key={o.id}>
              {i > 0 ? (i === site.site.organisations.length - 1 ? " and " : ", ") : null}
              <a href={paths.organisation(o.id)}>{o.shortName ?? o.name}</a>
            </span>
          ))}
        </p>
        <nav aria-label="Main" className="site-nav">
          <ul>
            <li>
              <a href={paths.home()}>Home</a>
            </li>
            <li>
              <a href={paths.incidents()}>Updates</a>
            </li>
            <li>
              <a href={paths.services()}>Services</a>
            </li>
            <li>
              <a href={paths.advice()}>Advice</a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

/** 999 first, then each organisation's urgent lines: the same on every page. */
export function UrgentContacts({ site }: { site: SiteModel }) {
  return (
    <section aria-labelledby="urgent-contacts" className="urgent">
      <h2 id="urgent-contacts">If you need help urgently</h2>
      <p className="font-bold">
        If someone is in danger or their life is at risk, call <Phone number="999" />.
      </p>
      <div className="urgent-orgs">
        {site.site.organisations
          .filter((o) => (o.urgent?.length ?? 0) > 0 || o.phone)
          .map((o) => (
            <div key={o.id}>
              <h3>{o.name}</h3>
              <ul>
                {(o.urgent ?? []).map((line) => (
                  <li key={line.label}>
                    {line.label}: <Phone number={line.phone} />
                    {line.hours ? <span className="hint"> ({line.hours})</span> : null}
                  </li>
                ))}
                {o.phone ? (
                  <li>
                    Main number: <Phone number={o.phone} />
                  </li>
                ) : null}
              </ul>
            </div>
          ))}
      </div>
    </section>
  );
}

/**
 * The council's own email and text alert sign-ups (site.md `alerts`), beside the feeds.
 * Nothing at all when site.md names none.
 */
export function AlertSignUps({ site, id, feeds }: { site: SiteModel; id: string; feeds?: { label: string; href: string } }) {
  const alerts = site.site.alerts ?? [];
  if (alerts.length === 0) return null;
  return (
    <section aria-labelledby={id} className="alert-sign-ups">
      <h2 id={id}>Get updates</h2>
      <ul>
        {alerts.map((a) => (
          <li key={a.url}>
            <ExternalOrSiteLink href={a.url}>{a.label}</ExternalOrSiteLink>
          </li>
        ))}
        {feeds ? (
          <li>
            <a href={feeds.href}>{feeds.label}</a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

export function SiteFooter({ site }: { site: SiteModel }) {
  const press = site.site.press;
  return (
    <footer className="site-footer">
      <div className="page-width">
        <UrgentContacts site={site} />
        <AlertSignUps site={site} id="get-updates" feeds={{ label: "Follow every update by RSS", href: "/feed.xml" }} />
        {press ? (
          <section aria-labelledby="press-office">
            <h2 id="press-office">Journalists</h2>
            <ul>
              {press.phone ? (
                <li>
                  Press office: <Phone number={press.phone} />
                </li>
              ) : null}
              {press.email ? (
                <li>
                  Email: <a href={`mailto:${press.email}`}>{press.email}</a>
                </li>
              ) : null}
              {press.url ? (
                <li>
                  <a href={press.url}>Press releases</a>
                </li>
              ) : null}
              <li>
                <a href="/feed.xml">RSS feed</a>, <a href="/atom.xml">Atom feed</a>, <a href="/feed.json">JSON feed</a>
              </li>
            </ul>
          </section>
        ) : null}
        <p className="footer-meta">
          {site.lastUpdated ? (
            <>
              Last updated <Time instant={site.lastUpdated} zone={site.site.timezone} />.{" "}
            </>
          ) : null}
          <a href={paths.accessibility()}>Accessibility statement</a>
        </p>
      </div>
    </footer>
  );
}
