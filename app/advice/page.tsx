import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ExternalOrSiteLink } from "@/components/contact";
import { Markdown } from "@/components/markdown";
import { pageMetadata } from "@/lib/metadata";
import { paths } from "@/lib/routes";
import { getSite } from "@/lib/site";

export function generateMetadata(): Metadata {
  return pageMetadata(getSite(), {
    title: "Advice: staying safe",
    description: "How to tell a message is really from the council, and where to report scams and fraud.",
    path: paths.advice(),
  });
}

export default function AdvicePage() {
  const site = getSite();
  return (
    <>
      <Breadcrumbs trail={[{ href: paths.home(), label: "Home" }]} current="Advice" />
      <h1>Advice: staying safe</h1>
      <nav aria-labelledby="advice-contents" className="contents">
        <h2 id="advice-contents" className="contents-title">
          Contents
        </h2>
        <ol className="nav-list">
          {site.advice.map((a) => (
            <li key={a.slug}>
              <a href={`#${a.slug}`}>{a.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {site.advice.map((a) => (
        <section key={a.slug} id={a.slug} aria-labelledby={`${a.slug}-title`} className="advice-section">
          <h2 id={`${a.slug}-title`}>{a.title}</h2>
          {a.summary ? <p className="lead">{a.summary}</p> : null}
          <Markdown resolveLink={site.resolveLink} markdown={a.body.markdown} headingBase={3} idPrefix={`${a.slug}--`} />
          {a.links.length > 0 ? (
            <>
              <h3 id={`${a.slug}--official-guidance`}>Official guidance</h3>
              <ul>
                {a.links.map((link) => (
                  <li key={link.url}>
                    <ExternalOrSiteLink href={link.url}>{link.title}</ExternalOrSiteLink>
                    <span className="hint"> from {link.publisher}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p>
            <a href="#main-content">Back to top</a>
          </p>
        </section>
      ))}
    </>
  );
}
