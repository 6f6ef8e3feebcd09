import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ServiceSummary } from "@/components/service-summary";
import { groupServices } from "@/lib/content/derive";
import { boardSummary } from "@/lib/labels";
import { pageMetadata } from "@/lib/metadata";
import { paths } from "@/lib/routes";
import { getSite, serviceState } from "@/lib/site";

export function generateMetadata(): Metadata {
  const site = getSite();
  const summary = boardSummary(site.services.map((s) => serviceState(site, s.slug).status));
  return pageMetadata(site, { title: "Services: what is working", description: `${summary}.`, path: paths.services() });
}

export default function ServicesPage() {
  const site = getSite();
  const zone = site.site.timezone;
  const groups = groupServices(site.services);
  return (
    <>
      <Breadcrumbs trail={[{ href: paths.home(), label: "Home" }]} current="Services" />
      <h1>Services: what is working</h1>
      <p className="lead" data-board-summary="">
        {boardSummary(site.services.map((s) => serviceState(site, s.slug).status))}.
      </p>
      <nav aria-labelledby="board-contents" className="contents">
        <h2 id="board-contents" className="contents-title">
          Contents
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
            <ServiceSummary key={service.slug} service={service} state={serviceState(site, service.slug)} zone={zone} headingLevel={3} />
          ))}
        </section>
      ))}
    </>
  );
}

/** Category ids cannot collide with service slugs: they carry a prefix. */
function categoryId(category: string): string {
  return `category-${category.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
}
