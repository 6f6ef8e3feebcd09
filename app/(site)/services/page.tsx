import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { LanguageSwitch } from "@/components/language";
import { ServiceSummary } from "@/components/service-summary";
import { SiteLastUpdated } from "@/components/site-chrome";
import { groupServices } from "@/lib/content/derive";
import { pageMetadata } from "@/lib/metadata";
import { serviceState, siteForPage, type PageProps } from "@/lib/site";

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { site, ui } = await siteForPage(params);
  const summary = ui.t.boardSummary(site.services.map((s) => serviceState(site, s.slug).status));
  return pageMetadata(site, ui, { title: ui.t.services.title, description: `${summary}.`, path: ui.paths.services() });
}

export default async function ServicesPage({ params }: PageProps) {
  const { site, ui } = await siteForPage(params);
  const t = ui.t.services;
  const groups = groupServices(site.services, t.otherServices);
  return (
    <>
      <LanguageSwitch ui={ui} path={ui.paths.services()} />
      <Breadcrumbs ui={ui} trail={[{ href: ui.paths.home(), label: ui.t.chrome.home }]} current={t.crumb} />
      <h1>{t.title}</h1>
      <p className="lead" data-board-summary="">
        {ui.t.boardSummary(site.services.map((s) => serviceState(site, s.slug).status))}.
      </p>
      <SiteLastUpdated site={site} ui={ui} />
      <nav aria-labelledby="board-contents" className="contents">
        <h2 id="board-contents" className="contents-title">
          {t.contents}
        </h2>
        <ul className="nav-list">
          {groups.map((g) => (
            <li key={g.category}>
              <a href={`#${categoryId(g.category)}`}>{g.category}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.category} aria-labelledby={categoryId(group.category)} className="service-group">
          <h2 id={categoryId(group.category)}>{group.category}</h2>
          {group.services.map((service) => (
            <ServiceSummary key={service.slug} service={service} state={serviceState(site, service.slug)} ui={ui} headingLevel={3} />
          ))}
        </section>
      ))}
    </>
  );
}

/** Category ids cannot collide with service slugs: they carry a prefix. */
function categoryId(category: string): string {
  const slug = category.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  // A name in another script keeps a stable, valid id from its characters' codes.
  return `category-${slug || [...category].map((c) => c.codePointAt(0)!.toString(36)).join("")}`;
}
