import { langAttribute, type PageLanguage } from "@/lib/i18n/page";
import type { SiteModel } from "@/lib/site";
import { Email, ExternalOrSiteLink, Phone } from "./contact";
import { Time } from "./time";

export function SkipLink({ ui }: { ui: PageLanguage }) {
  return (
    <a href="#main-content" className="skip-link">
      {ui.t.chrome.skipLink}
    </a>
  );
}

export function SiteHeader({ site, ui }: { site: SiteModel; ui: PageLanguage }) {
  const t = ui.t.chrome;
  const words = langAttribute(ui, site.site.textLanguage);
  const orgs = site.site.organisations;
  return (
    <header className="site-header">
      <div className="page-width">
        <p className="site-title">
          <a href={ui.paths.home()} lang={words}>
            {site.site.title}
          </a>
        </p>
        <p className="site-orgs">
          {t.for}{" "}
          {orgs.map((o, i) => (
            <span key={o.id}>
              {i > 0 ? (i === orgs.length - 1 ? t.and(o.shortName ?? o.name) : ", ") : null}
              <a href={ui.paths.organisation(o.id)} lang={words}>
                {o.shortName ?? o.name}
              </a>
            </span>
          ))}
        </p>
        <nav aria-label={t.mainNav} className="site-nav">
          <ul>
            <li>
              <a href={ui.paths.home()}>{t.home}</a>
            </li>
            <li>
              <a href={ui.paths.incidents()}>{t.updates}</a>
            </li>
            <li>
              <a href={ui.paths.services()}>{t.services}</a>
            </li>
            <li>
              <a href={ui.paths.advice()}>{t.advice}</a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

/** 999 first, then each organisation's urgent lines: the same on every page. */
export function UrgentContacts({ site, ui }: { site: SiteModel; ui: PageLanguage }) {
  const t = ui.t.chrome;
  const words = langAttribute(ui, site.site.textLanguage);
  return (
    <section aria-labelledby="urgent-contacts" className="urgent">
      <h2 id="urgent-contacts">{t.urgentHeading}</h2>
      <p className="font-bold">
        {t.danger[0]}
        <Phone number="999" />
        {t.danger[1]}
      </p>
      <div className="urgent-orgs">
        {site.site.organisations
          .filter((o) => (o.urgent?.length ?? 0) > 0 || o.phone)
          .map((o) => (
            <div key={o.id}>
              <h3 lang={words}>{o.name}</h3>
              <ul>
                {(o.urgent ?? []).map((line) => (
                  <li key={line.label}>
                    <span lang={words}>{line.label}</span>: <Phone number={line.phone} />
                    {line.hours ? (
                      <span className="hint" lang={words}>
                        {" "}({line.hours})
                      </span>
                    ) : null}
                  </li>
                ))}
                {o.phone ? (
                  <li>
                    {t.mainNumber}: <Phone number={o.phone} />
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
export function AlertSignUps({ site, ui, id, withFeed }: { site: SiteModel; ui: PageLanguage; id: string; withFeed?: boolean }) {
  const alerts = site.site.alerts ?? [];
  if (alerts.length === 0) return null;
  const t = ui.t.chrome;
  const words = langAttribute(ui, site.site.textLanguage);
  return (
    <section aria-labelledby={id} className="alert-sign-ups">
      <h2 id={id}>{t.getUpdates}</h2>
      <ul>
        {alerts.map((a) => (
          <li key={a.url}>
            <ExternalOrSiteLink href={a.url}>
              <span lang={words}>{a.label}</span>
            </ExternalOrSiteLink>
          </li>
        ))}
        {withFeed ? (
          <li>
            <a href={ui.feeds.feed("feed.xml")}>{t.followEveryUpdate}</a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

/**
 * When the site last changed (the latest update's time), on the pages about the whole
 * site: the home page, the list of incidents and the services board. Not in the footer,
 * where an old update's page would seem to have changed with every new update (and
 * every page would have to be rendered again on every publish: lib/render-plan.ts).
 */
export function SiteLastUpdated({ site, ui }: { site: SiteModel; ui: PageLanguage }) {
  if (!site.lastUpdated) return null;
  return (
    <p className="hint" data-site-last-updated="">
      {ui.t.chrome.lastUpdated} <Time instant={site.lastUpdated} ui={ui} />.
    </p>
  );
}

export function SiteFooter({ site, ui }: { site: SiteModel; ui: PageLanguage }) {
  const press = site.site.press;
  const t = ui.t.chrome;
  return (
    <footer className="site-footer">
      <div className="page-width">
        <UrgentContacts site={site} ui={ui} />
        <AlertSignUps site={site} ui={ui} id="get-updates" withFeed />
        {press ? (
          <section aria-labelledby="press-office">
            <h2 id="press-office">{t.journalists}</h2>
            <ul>
              {press.phone ? (
                <li>
                  {t.pressOffice}: <Phone number={press.phone} />
                </li>
              ) : null}
              {press.email ? (
                <li>
                  {t.email}: <Email address={press.email} />
                </li>
              ) : null}
              {press.url ? (
                <li>
                  <a href={press.url}>{t.pressReleases}</a>
                </li>
              ) : null}
              <li>
                <a href={ui.feeds.feed("feed.xml")}>{t.rssFeed}</a>, <a href={ui.feeds.feed("atom.xml")}>{t.atomFeed}</a>,{" "}
                <a href={ui.feeds.feed("feed.json")}>{t.jsonFeed}</a>
              </li>
            </ul>
          </section>
        ) : null}
        <p className="footer-meta">
          <a href={ui.paths.accessibility()}>{t.accessibilityStatement}</a>
        </p>
      </div>
    </footer>
  );
}
