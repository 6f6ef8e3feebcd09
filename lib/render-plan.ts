/**
 * Which pages a publish must render again, and which it can take unchanged from the
 * previous export: a publish renders what changed, not the whole site.
 *
 * A site has one page per update and one oldest-first timeline page per ten updates:
 * nearly every page of a long incident. Each of those gets a **fingerprint**, a hash of
 * everything the page shows (the update and its corrections, its neighbours' titles, the
 * incident's phase and latest update, where its body's links point, the header and
 * footer...). `scripts/build.ts` compares them with the fingerprints of the export it is
 * replacing (recorded in node_modules/.cache after each publish) and, when the code is
 * the same too, tells Next's workers to leave out the pages whose fingerprint has not
 * changed (`pagesToRender` in lib/site.ts) and copies those pages, byte for byte, from the
 * previous export. Every other page (home, lists, services, incidents' own pages, feeds,
 * the API, the sitemap) is rendered by every build: there are few of them.
 *
 * **What an update page or an oldest-first page shows must be in its fingerprint here.**
 * Anything left out would leave old words on a page after an edit;
 * tests/unit/incremental-build.test.ts edits content in every way these inputs cover and
 * checks that a publish that reuses pages writes exactly the files a full render writes.
 * When in doubt, put more in: a fingerprint that changes too often costs only time.
 *
 * Pure: no file system, no React.
 */
import { createHash } from "node:crypto";
import type { Content, Update } from "./content/types";
import { pageLanguage } from "./i18n/page";
import { updateInTimeline } from "./routes";
import { buildSiteModel, type SiteModel } from "./site";

function digest(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("base64url");
}

const titleOf = (u: Update | undefined) => (u ? { slug: u.slug, title: u.title, textLanguage: u.textLanguage, published: u.published } : null);

/**
 * What every page of a language shows around its own content: the header, footer and
 * metadata (site.md, its organisations, alerts and press office, the languages), the
 * featured incident (the metadata's default description) and every service's name (an
 * update lists the services it changes).
 */
function chromeInputs(site: SiteModel): string {
  return digest({
    site: site.site,
    languages: site.languages,
    lang: site.lang,
    featured: site.featured ? { slug: site.featured.slug, title: site.featured.title, summary: site.featured.summary } : null,
    services: site.services.map((s) => ({ slug: s.slug, name: s.name, textLanguage: s.textLanguage })),
  });
}

/**
 * Where a body's links to `/incidents/<i>/#<update>` point depends on incident `<i>`'s
 * timeline layout (lib/routes.ts `timelineLinkResolver`). A body that names an incident
 * depends on that incident's layout; one with a character reference or an escape
 * (`&#45;`, `\-`), which could spell a name, on every incident's.
 */
function linkInputs(markdown: string, layoutDigests: Map<string, string>): string[] {
  const mayBeSpelledOut = /[&\\%]/.test(markdown);
  return [...layoutDigests].filter(([slug]) => mayBeSpelledOut || markdown.includes(slug)).map(([slug, d]) => `${slug}:${d}`);
}

/** The fingerprint of every update page and oldest-first page of one language, by path. */
function languageFingerprints(site: SiteModel, out: Map<string, string>): void {
  const ui = pageLanguage(site.languages, site.site.timezone, site.lang);
  const p = ui.paths;
  const chrome = chromeInputs(site);
  const layoutDigests = new Map(
    [...site.timelines].map(([slug, layout]) => [
      slug,
      digest([layout.updates.map((u) => u.slug), layout.latestInFull.map((u) => u.slug), layout.earlierInBrief.map((u) => u.slug)]),
    ]),
  );
  const updateInputs = (u: Update) => ({ update: u, links: linkInputs(u.body.markdown, layoutDigests) });
  for (const incident of site.incidents) {
    const state = site.incidentStates.get(incident.slug)!;
    const layout = site.timelines.get(incident.slug)!;
    const incidentWords = { slug: incident.slug, title: incident.title, textLanguage: incident.textLanguage };
    // app/(site)/incidents/[incident]/updates/[update]/page.tsx
    state.updates.forEach((update, i) => {
      out.set(
        p.update(incident.slug, update.slug),
        digest({
          page: "update",
          chrome,
          incident: incidentWords,
          phase: state.phase,
          latest: titleOf(state.latest),
          previous: titleOf(state.updates[i - 1]),
          next: titleOf(state.updates[i + 1]),
          inTimeline: updateInTimeline(layout, incident.slug, update.slug, p),
          ...updateInputs(update),
        }),
      );
    });
    // components/timeline.tsx OldestFirstTimeline
    const facts = { incident, phase: state.phase, lastUpdated: state.lastUpdated, resolvedAt: state.resolvedAt ?? null, total: layout.updates.length, pages: layout.pages.length };
    layout.pages.forEach((updates, i) => {
      out.set(p.incidentOldestFirst(incident.slug, i + 1), digest({ page: "oldest-first", chrome, facts, number: i + 1, updates: updates.map(updateInputs) }));
    });
  }
}

/**
 * The fingerprint of every page a build can take from the previous export, by path
 * (`/incidents/<i>/updates/<u>/`, `/cy/incidents/<i>/oldest-first/2/`), in every language.
 */
export function pageFingerprints(content: Content): Map<string, string> {
  const out = new Map<string, string>();
  const base = buildSiteModel(content);
  languageFingerprints(base, out);
  for (const lang of base.otherLanguages) languageFingerprints(buildSiteModel(content, lang), out);
  return out;
}

/** What a publish recorded about the export it wrote: its code and its pages' fingerprints. */
export interface RenderManifest {
  version: 1;
  /** The code that rendered and post-processed the pages (a change renders everything). */
  code: string;
  /** A hash of the export's home page as the publish left it: proof that no other build has replaced the export since. */
  marker: string;
  pages: Record<string, string>;
}

/**
 * The pages whose fingerprint is the same as when `previous` was published with the same
 * code: the ones a build can copy instead of rendering.
 */
export function reusablePages(current: Map<string, string>, previous: RenderManifest | undefined, code: string, marker: string | undefined): string[] {
  if (!previous || previous.version !== 1 || previous.code !== code || !marker || previous.marker !== marker) return [];
  return [...current].filter(([path, fingerprint]) => previous.pages[path] === fingerprint).map(([path]) => path);
}
