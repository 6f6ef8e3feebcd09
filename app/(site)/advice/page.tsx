import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ExternalOrSiteLink } from "@/components/contact";
import { LanguageSwitch, UntranslatedNotice, Words } from "@/components/language";
import { Markdown } from "@/components/markdown";
import { textAttributes } from "@/lib/i18n/page";
import { pageMetadata } from "@/lib/metadata";
import { siteForPage, type PageProps } from "@/lib/site";

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { site, ui } = await siteForPage(params);
  return pageMetadata(site, ui, { title: ui.t.advice.title, description: ui.t.advice.description, path: ui.paths.advice() });
}

export default async function AdvicePage({ params }: PageProps) {
  const { site, ui } = await siteForPage(params);
  const t = ui.t.advice;
  return (
    <>
      <LanguageSwitch ui={ui} path={ui.paths.advice()} />
      <Breadcrumbs ui={ui} trail={[{ href: ui.paths.home(), label: ui.t.chrome.home }]} current={t.crumb} />
      <h1>{t.title}</h1>
      <nav aria-labelledby="advice-contents" className="contents">
        <h2 id="advice-contents" className="contents-title">
          {t.contents}
        </h2>
        <ol className="nav-list">
          {site.advice.map((a) => (
            <li key={a.slug}>
              <a href={`#${a.slug}`} {...textAttributes(ui, a.textLanguage)}>
                {a.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {site.advice.map((a) => {
        const words = textAttributes(ui, a.textLanguage);
        return (
          <section key={a.slug} id={a.slug} aria-labelledby={`${a.slug}-title`} className="advice-section">
            <h2 id={`${a.slug}-title`} {...words}>
              {a.title}
            </h2>
            <UntranslatedNotice textLanguage={a.textLanguage} ui={ui} />
            {a.summary ? (
              <p className="lead" {...words}>
                {a.summary}
              </p>
            ) : null}
            <Markdown resolveLink={site.resolveLink} markdown={a.body.markdown} headingBase={3} idPrefix={`${a.slug}--`} {...words} />
            {a.links.length > 0 ? (
              <>
                <h3 id={`${a.slug}--official-guidance`}>{t.officialGuidance}</h3>
                <ul>
                  {a.links.map((link) => (
                    <li key={link.url}>
                      <ExternalOrSiteLink href={link.url}>
                        <Words ui={ui} language={a.textLanguage}>
                          {link.title}
                        </Words>
                      </ExternalOrSiteLink>
                      <span className="hint">
                        {t.from}
                        <Words ui={ui} language={a.textLanguage}>
                          {link.publisher}
                        </Words>
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <p>
              <a href="#main-content">{t.backToTop}</a>
            </p>
          </section>
        );
      })}
    </>
  );
}
