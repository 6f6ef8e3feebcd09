/**
 * The one module that reads the content folder. It parses every file, validates it
 * against the contract, checks what needs every file at once (ids, slugs, links, times)
 * and reports every problem in one pass. Pages, feeds and scripts ask this module;
 * none of them touches `fs`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { z } from "zod";
import { PAGE_CHROME_IDS, paths, sitePages, timelineLayouts, timelineLinkResolver, type UpdateRef } from "../routes";
import { publishedOnly, serviceStates, servicesLeftDisrupted, sortAdvice, sortServices, sortUpdates } from "./derive";
import { parseContentFile, type ParsedFile } from "./frontmatter";
import { classifyLink, safeDecode, splitSitePath } from "./links";
import { analyseMarkdown, shorten, type BodyAnalysis } from "./markdown";
import { wallClockString } from "./times";
import { describeFound, didYouMean, fieldPath, sortProblems, type Problem } from "./problems";
import {
  adviceSchema,
  adviceTranslationSchema,
  DEFAULT_TIMEZONE,
  FACT_KEYS,
  incidentTranslationSchema,
  serviceTranslationSchema,
  siteTranslationSchema,
  updateTranslationSchema,
  incidentSchema,
  KNOWN_KEYS_MARKER,
  serviceSchema,
  SLUG_PATTERN,
  siteSchema,
  type SiteData,
  updateSchema,
} from "./schemas";
import type { Advice, Body, Content, Incident, Service, Site, Update } from "./types";
import type { AnalysisCache } from "./analysis-cache";
import { languageName, MESSAGE_TABLES, siteLanguages, type SiteLanguages } from "../i18n/languages";

/** The content folder: `CONTENT_DIR` (absolute, or relative to the project root) or `content/`. */
export function contentDir(): string {
  const root = process.cwd();
  const configured = process.env.CONTENT_DIR;
  if (!configured) return join(root, "content");
  return isAbsolute(configured) ? configured : resolve(root, configured);
}

export function publicDir(): string {
  return join(process.cwd(), "public");
}

export interface LoadResult {
  /** Present whenever site.md could be read; holds only the files that passed. */
  content?: Content;
  problems: Problem[];
}

interface PendingBody {
  file: string;
  body: Body;
}

export interface LoadOptions {
  publicDir?: string;
  /** Remembers body analyses between runs (the CLIs pass one; see analysis-cache.ts). */
  analysisCache?: AnalysisCache;
}

/**
 * site.md alone, validated: for the server, which needs only the councils' addresses (the
 * sites allowed to embed the banner), not every update.
 */
export function loadSite(dir = contentDir()): { site?: SiteData; problems: Problem[] } {
  const problems: Problem[] = [];
  const parsed = existsSync(join(dir, "site.md")) ? readAndValidate(dir, "site.md", siteSchema, problems) : undefined;
  if (!parsed && problems.length === 0) problems.push({ file: "site.md", line: 1, severity: "error", message: "site.md is missing" });
  return { site: parsed?.data, problems: sortProblems(problems) };
}

/** Reads, validates and cross-checks the whole folder. Never throws for bad content. */
export function loadContent(dir = contentDir(), options: LoadOptions = {}): LoadResult {
  const result = loadAll(dir, options);
  options.analysisCache?.save();
  return result;
}

/**
 * The validated content as one JSON file: `npm run build` checks the content, then
 * writes it here for next build's workers, which read it instead of parsing and
 * validating every file again (CONTENT_SNAPSHOT names the file; scripts/build.ts).
 */
export function writeContentSnapshot(file: string, content: Content): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(content));
}

/** The content a build's snapshot holds (what `loadContent` returned without errors). */
export function readContentSnapshot(file: string): Content {
  return JSON.parse(readFileSync(file, "utf8")) as Content;
}

function loadAll(dir: string, options: LoadOptions): LoadResult {
  // Each body is parsed once per load, for its summary and for its links.
  const analyses = new WeakMap<Body, BodyAnalysis>();
  const analyse = (body: Body): BodyAnalysis => {
    let analysis = analyses.get(body) ?? options.analysisCache?.get(body.markdown);
    if (!analysis) {
      analysis = analyseMarkdown(body.markdown);
      options.analysisCache?.set(body.markdown, analysis);
    }
    analyses.set(body, analysis);
    return analysis;
  };
  const problems: Problem[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return {
      problems: [{ file: dir, line: 1, severity: "error", message: "the content folder does not exist: create it or set CONTENT_DIR" }],
    };
  }
  const files = listMarkdown(dir, problems);
  const report = (file: string, line: number, field: string | undefined, message: string, severity: Problem["severity"] = "error") =>
    problems.push({ file, line, field, message, severity });

  // site.md first: its time zone gives every naive time its meaning.
  let site: Site | undefined;
  let siteParsed: Validated<z.output<typeof siteSchema>> | undefined;
  const bodies: PendingBody[] = [];
  if (!files.site) {
    report("site.md", 1, undefined, "site.md is missing: every content folder needs one, with the site's title, url and organisations");
  } else {
    siteParsed = readAndValidate(dir, files.site, siteSchema, problems, bodies);
    if (siteParsed?.data) {
      site = { ...siteParsed.data, about: { markdown: siteParsed.file.body, line: siteParsed.file.bodyStartLine }, titleLine: siteParsed.file.lineOf(["title"]) };
      bodies.push({ file: files.site, body: site.about });
    }
    if (siteParsed) checkLanguages(siteParsed, files.site, report);
    // Ids are checked even when another organisation field is wrong.
    const seen = new Map<string, number>();
    rawOrganisationIds(siteParsed?.raw).forEach((id, i) => {
      const first = seen.get(id);
      if (first !== undefined) {
        report(files.site!, siteParsed!.file.lineOf(["organisations", i, "id"]), `organisations[${i}].id`, `the organisation id "${id}" is already used by organisations[${first}]: ids must be unique`);
      } else seen.set(id, i);
    });
  }
  // With errors elsewhere in site.md, its time zone and organisation ids still count.
  const zone = site?.timezone ?? siteParsed?.partial.timezone ?? DEFAULT_TIMEZONE;
  const orgIds = site?.organisations.map((o) => o.id) ?? rawOrganisationIds(siteParsed?.raw);
  const orgIdsKnown = siteParsed !== undefined;
  const lineOfIn = new Map<string, ParsedFile["lineOf"]>();

  const incidents: Incident[] = [];
  const incidentStarted = new Map<string, number>();
  const incidentSchemaForZone = incidentSchema(zone);
  for (const { slug, file } of files.incidents) {
    const parsed = readAndValidate(dir, file, incidentSchemaForZone, problems, bodies);
    if (!parsed) continue;
    lineOfIn.set(file, parsed.file.lineOf);
    if (parsed.partial.started !== undefined) incidentStarted.set(slug, parsed.partial.started);
    if (!parsed.data) {
      checkOrganisations(parsed.partial.organisations ?? [], orgIds, file, parsed.file.lineOf, report, orgIdsKnown);
      continue;
    }
    const { featured, ...data } = parsed.data;
    const incident: Incident = {
      ...data,
      slug,
      featured: featured ?? false,
      background: { markdown: parsed.file.body, line: parsed.file.bodyStartLine },
      file,
      titleLine: parsed.file.lineOf(["title"]),
    };
    checkOrganisations(incident.organisations, orgIds, file, parsed.file.lineOf, report, orgIdsKnown);
    incidents.push(incident);
    bodies.push({ file, body: incident.background });
  }
  const featured = incidents.filter((i) => i.featured);
  if (featured.length > 1) {
    for (const i of featured) {
      const others = featured.filter((o) => o !== i).map((o) => o.slug).join(", ");
      report(i.file, lineOfIn.get(i.file)?.(["featured"]) ?? 1, "featured", `at most one incident may be featured, but ${others} ${featured.length > 2 ? "are" : "is"} featured too`);
    }
  }

  const services: Service[] = [];
  for (const { slug, file } of files.services) {
    const parsed = readAndValidate(dir, file, serviceSchema, problems, bodies);
    if (!parsed) continue;
    lineOfIn.set(file, parsed.file.lineOf);
    if (!parsed.data) {
      checkOrganisations(parsed.partial.organisations ?? [], orgIds, file, parsed.file.lineOf, report, orgIdsKnown);
      continue;
    }
    const service: Service = {
      ...parsed.data,
      alternatives: parsed.data.alternatives ?? [],
      slug,
      body: { markdown: parsed.file.body, line: parsed.file.bodyStartLine },
      file,
    };
    checkOrganisations(service.organisations, orgIds, file, parsed.file.lineOf, report, orgIdsKnown);
    services.push(service);
    bodies.push({ file, body: service.body });
  }
  const serviceSlugs = files.services.map((s) => s.slug);
  // A misnamed file is reported on its own; it is never offered as a "did you mean".
  const suggestableServices = serviceSlugs.filter((s) => SLUG_PATTERN.test(s));

  const updates: Update[] = [];
  /** Every update file that is not a draft: each has a page, even while it has errors. */
  const updateFiles: UpdateRef[] = [];
  const updateSchemaForZone = updateSchema(zone);
  for (const { incident: incidentSlug, slug, file } of files.updates) {
    const parsed = readAndValidate(dir, file, updateSchemaForZone, problems, bodies);
    if (!parsed) continue;
    const lineOf = parsed.file.lineOf;
    lineOfIn.set(file, lineOf);
    if (parsed.partial.draft !== true) updateFiles.push({ incident: incidentSlug, slug, published: parsed.partial.published });
    // Cross-file rules use every field that is valid, even when another field is not.
    const data = parsed.partial;
    const services = Object.entries(data.services ?? {}).map(([service, change]) => ({ service, ...change }));
    for (const change of services) {
      if (!serviceSlugs.includes(change.service)) {
        report(file, lineOf(["services", change.service]), `services.${change.service}`, `no service "${change.service}" in services/${didYouMean(change.service, suggestableServices)}: expected the name of a file in services/ without .md`);
      }
    }
    const started = incidentStarted.get(incidentSlug);
    if (started !== undefined && data.published !== undefined && data.published < started) {
      report(file, lineOf(["published"]), "published", `expected a time not before the incident started (${wallClockString(started, zone)}, in incidents/${incidentSlug}/index.md), found ${wallClockString(data.published, zone)}: an update cannot come before its incident, so check both dates`);
    }
    (data.revisions ?? []).forEach((revision, i) => {
      if (data.published !== undefined && revision.at < data.published) {
        report(file, lineOf(["revisions", i, "at"]), `revisions[${i}].at`, `expected a time not before the update was published (${wallClockString(data.published, zone)}), found ${wallClockString(revision.at, zone)}: a correction cannot come before the update it corrects, so check the date`);
      }
    });
    if (!parsed.data) continue;
    const full = parsed.data;
    const body: Body = { markdown: parsed.file.body, line: parsed.file.bodyStartLine };
    const analysis = analyse(body);
    updates.push({
      ...full,
      slug,
      incident: incidentSlug,
      summary: full.summary ?? (analysis.firstParagraph ? shorten(analysis.firstParagraph, 280) : full.title),
      services,
      revisions: full.revisions ?? [],
      draft: full.draft ?? false,
      body,
      file,
      titleLine: lineOf(["title"]),
    });
    bodies.push({ file, body });
  }

  const advice: Advice[] = [];
  for (const { slug, file } of files.advice) {
    const parsed = readAndValidate(dir, file, adviceSchema, problems, bodies);
    if (!parsed?.data) continue;
    lineOfIn.set(file, parsed.file.lineOf);
    const item: Advice = {
      ...parsed.data,
      links: parsed.data.links ?? [],
      slug,
      body: { markdown: parsed.file.body, line: parsed.file.bodyStartLine },
      file,
    };
    advice.push(item);
    bodies.push({ file, body: item.body });
  }

  // Translations: words beside their originals, checked against them and against site.md.
  const languages = siteLanguages({
    language: site?.language ?? siteParsed?.partial.language ?? "en-GB",
    languages: site?.languages ?? siteParsed?.partial.languages,
  });
  // Without a readable site.md the site's languages are unknown: translations wait for it.
  if (siteParsed) loadTranslations(dir, files, languages, { site, incidents, updates, services, advice }, problems, bodies, report, orgIds, analyse);

  const content: Content | undefined = site
    ? {
        site,
        incidents: [...incidents].sort((a, b) => a.slug.localeCompare(b.slug)),
        updates: sortUpdates(updates),
        services: sortServices(services),
        advice: sortAdvice(advice),
      }
    : undefined;
  const published = content ? publishedOnly(content) : { incidents, updates: updates.filter((u) => !u.draft), services, advice };

  // Links: every body, and the site-relative addresses in service alternatives. The pages
  // are those of every file, so a link to a page whose file has an error is not "broken".
  const pages = sitePages({
    site: { organisations: orgIds.map((id) => ({ id })) },
    otherLanguages: languages.others,
    incidents: files.incidents.map(({ slug }) => ({ slug })),
    updates: updateFiles,
    services: files.services.map(({ slug }) => ({ slug })),
    advice: files.advice.map(({ slug }) => ({ slug })),
  });
  // Every page also carries the ids of the headings in the bodies it shows.
  const addIds = (path: string, ids: Iterable<string>) => {
    const set = pages.get(path);
    if (set) for (const id of ids) set.add(id);
  };
  for (const path of pages.keys()) if (path.endsWith("/")) addIds(path, PAGE_CHROME_IDS);
  if (site) addIds(paths.home(), analyse(site.about).headings);
  for (const incident of published.incidents) {
    addIds(paths.incident(incident.slug), analyse(incident.background).headings.map((h) => `background--${h}`));
  }
  const layouts = timelineLayouts({ incidents: files.incidents, updates: updateFiles });
  for (const u of published.updates) {
    const headings = analyse(u.body).headings;
    addIds(paths.update(u.incident, u.slug), headings);
    const layout = layouts.get(u.incident);
    const prefixed = headings.map((h) => `${u.slug}--${h}`);
    if (layout?.latestInFull.some((l) => l.slug === u.slug)) addIds(paths.incident(u.incident), prefixed);
    addIds(paths.incidentOldestFirst(u.incident, layout?.pageOf.get(u.slug)), prefixed);
  }
  // `/incidents/<i>/#<update>` still works once the update has left the incident's page.
  const resolveTimelineLink = timelineLinkResolver({ incidents: files.incidents, updates: updateFiles });
  for (const service of published.services) addIds(paths.service(service.slug), analyse(service.body).headings);
  for (const a of published.advice) {
    addIds(paths.advice(), [`${a.slug}--official-guidance`, ...analyse(a.body).headings.map((h) => `${a.slug}--${h}`)]);
  }
  const publicRoot = options.publicDir ?? publicDir();
  const checkSiteLink = (href: string, image: boolean): string | undefined => {
    const { path, fragment } = splitSitePath(resolveTimelineLink(href));
    if (image || /\.[a-z0-9]+$/i.test(path)) {
      if (pages.has(path)) return undefined;
      const onDisk = join(publicRoot, safeDecode(path));
      return onDisk.startsWith(publicRoot) && existsSync(onDisk) ? undefined : `"${href}" is not a file in public/`;
    }
    const ids = pages.get(path);
    if (!ids) {
      return `"${href}" is not a page on this site${didYouMean(path, [...pages.keys()])}`;
    }
    if (fragment && !ids.has(fragment)) {
      return `"${href}": the page ${path} has no section "${fragment}"${didYouMean(fragment, [...ids])}`;
    }
    return undefined;
  };
  for (const { file, body } of bodies) {
    const analysis = analyse(body);
    for (const finding of analysis.findings) {
      report(file, body.line + finding.line - 1, undefined, finding.message, finding.severity);
    }
    for (const link of analysis.links) {
      const line = body.line + link.line - 1;
      const verdict = classifyLink(link.url);
      if (!verdict.ok) {
        report(file, line, undefined, `${link.image ? "image" : "link"} not allowed: ${verdict.reason}`);
        continue;
      }
      if (link.image && verdict.kind !== "site" && verdict.kind !== "https") {
        report(file, line, undefined, `an image must come from this site (/...) or https://, found "${link.url}"`);
        continue;
      }
      if (verdict.kind === "site") {
        const problem = checkSiteLink(verdict.href, link.image);
        if (problem) report(file, line, undefined, `broken link: ${problem}`);
      }
      if (verdict.kind === "fragment") {
        // "#x" works where the text is shown: a heading of its own, the page's own
        // sections, or (on /advice/, where every section shares a page) another section.
        const target = safeDecode(verdict.href.slice(1));
        const advicePage = file.startsWith("advice/") ? pages.get(paths.advice()) : undefined;
        const known = new Set([...analysis.headings, ...PAGE_CHROME_IDS, ...(advicePage ?? [])]);
        if (target && !known.has(target)) {
          report(
            file,
            line,
            undefined,
            `broken link: "${verdict.href}" is not a heading in this text${didYouMean(target, [...known])}: to link to another page's section, write its address, like /advice/#report-fraud`,
          );
        }
      }
    }
  }
  for (const service of services) {
    service.alternatives.forEach((alt, i) => {
      const verdict = alt.url ? classifyLink(alt.url) : undefined;
      if (verdict?.ok && verdict.kind === "site") {
        const problem = checkSiteLink(verdict.href, false);
        if (problem) report(service.file, lineOfIn.get(service.file)?.(["alternatives", i, "url"]) ?? 1, `alternatives[${i}].url`, `broken link: ${problem}`);
      }
    });
  }

  // A resolved incident that leaves a service disrupted is probably an oversight.
  const states = serviceStates(published.services, published.updates);
  const names = new Map(services.map((s) => [s.slug, s.name]));
  for (const incident of published.incidents) {
    for (const { service, entry } of servicesLeftDisrupted(incident, published.updates, states)) {
      const latest = published.updates.filter((u) => u.incident === incident.slug).at(-1)!;
      report(
        latest.file,
        lineOfIn.get(latest.file)?.(["phase"]) ?? 1,
        "phase",
        `this resolves the incident but leaves ${names.get(service) ?? service} as ${entry.status} (set by ${entry.update.slug}); if it works again, add "${service}: operational" under services`,
        "warning",
      );
    }
  }
  return { content, problems: sortProblems(problems) };
}

function checkOrganisations(
  ids: readonly string[],
  known: readonly string[],
  file: string,
  lineOf: ParsedFile["lineOf"],
  report: (file: string, line: number, field: string | undefined, message: string) => void,
  siteKnown: boolean,
) {
  if (!siteKnown) return;
  ids.forEach((id, i) => {
    if (!known.includes(id)) {
      report(file, lineOf(["organisations", i]), `organisations[${i}]`, `no organisation "${id}" in site.md${didYouMean(id, known)}: expected one of ${known.join(", ")}`);
    }
  });
}

/** Reads one file and validates its frontmatter; problems go to `problems`. */
function readAndValidate<S extends z.ZodType>(
  dir: string,
  file: string,
  schema: S,
  problems: Problem[],
  /** Where the body of a file whose frontmatter fails goes, so its links are still checked in this run. */
  bodies?: PendingBody[],
  /** Sees the frontmatter before the schema does and returns what the schema should check. */
  inspect?: (data: unknown, file: ParsedFile) => unknown,
): Validated<z.output<S>> | undefined {
  let raw: string;
  try {
    // NFC: "ŵ" typed as w + a combining circumflex is stored, compared and published as
    // the one character it looks like, so pages, feeds and the API carry the same text.
    raw = readFileSync(join(dir, file), "utf8").normalize("NFC");
  } catch (error) {
    problems.push({ file, line: 1, severity: "error", message: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? "unknown error"})` });
    return undefined;
  }
  const split = parseContentFile(raw);
  if (!split.ok) {
    for (const p of split.problems) problems.push({ file, line: p.line, field: p.field, message: p.message, severity: "error" });
    // The frontmatter is broken, but the text below it can still be checked in this run.
    if (split.body) bodies?.push({ file, body: split.body });
    return undefined;
  }
  // Errors that still leave the fields readable (a key given twice): report, then check on.
  for (const p of split.problems ?? []) problems.push({ file, line: p.line, field: p.field, message: p.message, severity: "error" });
  if (inspect) split.file.data = inspect(split.file.data, split.file);
  const result = schema.safeParse(split.file.data, { reportInput: true, error: fallbackMessage });
  if (result.success && !split.problems) return { data: result.data, partial: result.data, raw: split.file.data, file: split.file };
  if (result.success) {
    bodies?.push({ file, body: { markdown: split.file.body, line: split.file.bodyStartLine } });
    return { partial: result.data, raw: split.file.data, file: split.file };
  }
  bodies?.push({ file, body: { markdown: split.file.body, line: split.file.bodyStartLine } });
  const validated: Validated<z.output<S>> = { partial: validFields(schema, split.file.data), raw: split.file.data, file: split.file };
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      const known = issue.message.startsWith(KNOWN_KEYS_MARKER) ? (JSON.parse(issue.message.slice(KNOWN_KEYS_MARKER.length)) as string[]) : [];
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({
          file,
          line: split.file.lineOf(path),
          field: fieldPath(path),
          message: `unknown field "${key}"${didYouMean(key, known)}: expected one of ${known.join(", ")}`,
          severity: "error",
        });
      }
      continue;
    }
    problems.push({
      file,
      line: split.file.lineOf(issue.path),
      field: fieldPath(issue.path) || undefined,
      message: issue.message,
      severity: "error",
    });
  }
  return validated;
}

/**
 * A file that passed (`data`), or one that did not: then `partial` holds each top-level
 * field that is valid on its own, so cross-file rules can still be checked in this run.
 */
interface Validated<T> {
  data?: T;
  partial: Partial<T>;
  raw: unknown;
  file: ParsedFile;
}

/** Organisation ids as written in site.md, whatever else is wrong with it. */
function rawOrganisationIds(raw: unknown): string[] {
  const orgs = raw && typeof raw === "object" ? (raw as { organisations?: unknown }).organisations : undefined;
  if (!Array.isArray(orgs)) return [];
  return orgs.map((o) => (o && typeof o === "object" && typeof o.id === "string" ? o.id : ""));
}

function validFields<S extends z.ZodType>(schema: S, raw: unknown): Partial<z.output<S>> {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape || !raw || typeof raw !== "object") return {};
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const result = field.safeParse((raw as Record<string, unknown>)[key]);
    if (result.success && result.data !== undefined) out[key] = result.data;
  }
  return out as Partial<z.output<S>>;
}

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a group of fields",
  record: "a group of fields",
};

/** Messages for the issues the schemas do not word themselves (missing fields, wrong types). */
function fallbackMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === "invalid_type") {
    const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
    if (issue.input === undefined) return `this field is required: expected ${expected}`;
    return `expected ${expected}, found ${describeFound(issue.input)}`;
  }
  return undefined;
}

interface FileLists {
  site?: string;
  translations: TranslationFile[];
  incidents: { slug: string; file: string }[];
  updates: { incident: string; slug: string; file: string }[];
  services: { slug: string; file: string }[];
  advice: { slug: string; file: string }[];
}

/** Finds every Markdown file and sorts it into its kind; a misplaced or misnamed file is an error. */
function listMarkdown(dir: string, problems: Problem[]): FileLists {
  const lists: FileLists = { incidents: [], updates: [], services: [], advice: [], translations: [] };
  const bad = (file: string, message: string) => problems.push({ file, line: 1, severity: "error", message });
  /** A bad name is reported, and the file is still checked so every problem shows at once. */
  const reportedNames = new Set<string>();
  const slugOk = (file: string, name: string, what: string) => {
    if (SLUG_PATTERN.test(name)) return true;
    // A folder's bad name is reported once, on its first file, not once per update.
    if (what.includes("folder")) {
      if (reportedNames.has(name)) return true;
      reportedNames.add(name);
    }
    const suggestion = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    bad(file, `the ${what} "${name}" is not a valid slug: use lower-case letters, digits and single hyphens${suggestion ? ` (rename it "${suggestion}")` : ""}`);
    return true;
  };
  for (const file of walk(dir)) {
    const parts = file.split("/");
    const name = parts.at(-1)!;
    if (!name.toLowerCase().endsWith(".md")) continue;
    if (name.toLowerCase() === "readme.md") continue;
    let stem = name.slice(0, -3);
    if (!name.endsWith(".md")) {
      bad(file, `content files must end in lower-case ".md": rename it "${stem}.md"`);
      continue;
    }
    // A translation: the original's name with the language before .md (`x.cy.md`).
    const translation = /^(.+)\.([a-z]{2,3})$/.exec(stem);
    if (translation) {
      const [, originalStem, lang] = translation;
      const original = [...parts.slice(0, -1), `${originalStem}.md`].join("/");
      const kind: TranslationKind | undefined =
        parts.length === 1 && originalStem === "site" ? "site"
        : parts.length === 3 && parts[0] === "incidents" && originalStem === "index" ? "incident"
        : parts.length === 4 && parts[0] === "incidents" && parts[2] === "updates" ? "update"
        : parts.length === 2 && parts[0] === "services" ? "service"
        : parts.length === 2 && parts[0] === "advice" ? "advice"
        : undefined;
      if (kind) {
        lists.translations.push({ kind, lang, file, original });
        continue;
      }
      stem = name.slice(0, -3);
    }
    if (parts.length === 1 && name === "site.md") lists.site = file;
    else if (parts.length === 3 && parts[0] === "incidents" && name === "index.md") {
      if (slugOk(file, parts[1], "incident folder name")) lists.incidents.push({ slug: parts[1], file });
    } else if (parts.length === 4 && parts[0] === "incidents" && parts[2] === "updates") {
      slugOk(file, parts[1], "incident folder name");
      if (slugOk(file, stem, "update file name")) lists.updates.push({ incident: parts[1], slug: stem, file });
    } else if (parts.length === 2 && parts[0] === "services") {
      if (slugOk(file, stem, "service file name")) lists.services.push({ slug: stem, file });
    } else if (parts.length === 2 && parts[0] === "advice") {
      if (slugOk(file, stem, "advice file name")) lists.advice.push({ slug: stem, file });
    } else {
      bad(
        file,
        "this file is not in a place the site reads, so it would never be published: expected site.md, incidents/<incident>/index.md, incidents/<incident>/updates/<update>.md, services/<service>.md or advice/<advice>.md",
      );
    }
  }
  const incidentSlugs = new Set(lists.incidents.map((i) => i.slug));
  const reported = new Set<string>();
  for (const u of lists.updates) {
    if (!incidentSlugs.has(u.incident) && !reported.has(u.incident)) {
      reported.add(u.incident);
      const hasIndex = existsSync(join(dir, "incidents", u.incident, "index.md"));
      if (!hasIndex) bad(`incidents/${u.incident}/index.md`, `the incident folder "${u.incident}" has updates but no index.md: add one with the incident's title, summary, started and organisations`);
    }
  }
  return lists;
}

function statSafe(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined; // a broken link: nothing to read
  }
}

/** Every file below `dir`, as a `/`-separated path relative to it, in name order. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visitDir = (abs: string) => {
    const real = realpathSync(abs);
    if (seen.has(real)) return; // a link back up the tree: read each folder once
    seen.add(real);
    const entries = readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = join(abs, entry.name);
      // A symbolic link is followed to what it points at (a shared file, say).
      const kind = entry.isSymbolicLink() ? statSafe(full) : entry;
      if (kind?.isDirectory()) visitDir(full);
      else if (kind?.isFile()) out.push(relative(dir, full).split(sep).join("/"));
    }
  };
  visitDir(dir);
  return out;
}

/** site.md `languages`: each language once, never the site's own, and a full language needs an interface table. */
function checkLanguages(
  parsed: Validated<z.output<typeof siteSchema>>,
  file: string,
  report: (file: string, line: number, field: string | undefined, message: string) => void,
) {
  const langs = parsed.partial.languages;
  if (!langs) return;
  const own = (parsed.partial.language ?? "en-GB").split("-")[0].toLowerCase();
  const seen = new Set<string>();
  for (const list of ["full", "partial"] as const) {
    (langs[list] ?? []).forEach((code, i) => {
      const line = parsed.file.lineOf(["languages", list, i]);
      const field = `languages.${list}[${i}]`;
      if (code === own) report(file, line, field, `"${code}" is the site's own language (language: ${parsed.partial.language}): list only the other languages here`);
      else if (seen.has(code)) report(file, line, field, `"${code}" is listed twice: a language is either full or partial, once`);
      else if (list === "full" && !MESSAGE_TABLES[code]) {
        report(file, line, field, `there is no interface table for ${languageName(code, "en")} (${code}) yet, so it cannot be a full language: list it under languages.partial (its texts are then translated where you choose), or add a table in lib/i18n/messages/ (available: ${Object.keys(MESSAGE_TABLES).join(", ")})`);
      }
      seen.add(code);
    });
  }
  if (!MESSAGE_TABLES[own] && (langs.full?.length || langs.partial?.length)) {
    report(file, parsed.file.lineOf(["language"]), "language", `a site with other languages needs an interface table for its own language, found "${parsed.partial.language}": use one of ${Object.keys(MESSAGE_TABLES).join(", ")}`);
  }
}

interface Originals {
  site?: Site;
  incidents: Incident[];
  updates: Update[];
  services: Service[];
  advice: Advice[];
}

/** Reads every translation, checks it against its original and site.md, and attaches it; then reports missing ones. */
function loadTranslations(
  dir: string,
  files: FileLists,
  languages: SiteLanguages,
  originals: Originals,
  problems: Problem[],
  bodies: PendingBody[],
  report: (file: string, line: number, field: string | undefined, message: string, severity?: Problem["severity"]) => void,
  orgIds: readonly string[],
  analyse: (body: Body) => BodyAnalysis,
) {
  const byFile = new Map<string, { kind: TranslationKind; item: { translations?: Record<string, unknown>; file?: string } }>();
  if (originals.site && files.site) byFile.set(files.site, { kind: "site", item: originals.site });
  for (const i of originals.incidents) byFile.set(i.file, { kind: "incident", item: i });
  for (const u of originals.updates) byFile.set(u.file, { kind: "update", item: u });
  for (const s of originals.services) byFile.set(s.file, { kind: "service", item: s });
  for (const a of originals.advice) byFile.set(a.file, { kind: "advice", item: a });

  /** Translations that exist, valid or not: a broken one is reported as itself, not as missing. */
  const present = new Set(files.translations.map((t) => `${t.original} ${t.lang}`));
  for (const t of files.translations) {
    const name = languageName(t.lang, "en");
    if (t.lang === languages.default) {
      report(t.file, 1, undefined, `this file is marked as ${name} (.${t.lang}.md), the site's own language: the original ${t.original} is already in ${name}; remove this file or rename it for another language`);
      continue;
    }
    if (!languages.others.includes(t.lang)) {
      report(t.file, 1, undefined, `${name} (${t.lang}) is not one of the site's languages: add "${t.lang}" to languages.full or languages.partial in site.md, or check the language code in the file name`);
      continue;
    }
    if (!existsSync(join(dir, t.original))) {
      report(t.file, 1, undefined, `this translation has no original: expected ${t.original} beside it (a translation's name is its original's with .${t.lang} before .md)`);
      continue;
    }
    const target = byFile.get(t.original);
    const parsed = readAndValidate(dir, t.file, TRANSLATION_SCHEMAS[t.kind], problems, bodies, (data, file) => stripFacts(data, t, file, report));
    if (!parsed?.data || !target) continue; // an original with errors is reported on its own
    const body: Body = { markdown: parsed.file.body, line: parsed.file.bodyStartLine };
    bodies.push({ file: t.file, body });
    const words = parsed.data as Record<string, unknown>;
    // An update translation without a summary takes its own body's first paragraph, as an original does.
    if (t.kind === "update" && words.summary === undefined) {
      const first = analyse(body).firstParagraph;
      words.summary = first ? shorten(first, 280) : words.title;
    }
    checkAgainstOriginal(t, target.item, words, parsed.file.lineOf, report, orgIds);
    target.item.translations = { ...target.item.translations, [t.lang]: { language: t.lang, file: t.file, words, body, titleLine: words.title === undefined ? undefined : parsed.file.lineOf(["title"]) } };
  }

  // A full language needs every published text (the law, for Welsh in Wales).
  for (const lang of languages.full) {
    const name = languageName(lang, "en");
    const severity = languages.untranslated === "error" ? "error" : "warning";
    for (const [file, { kind, item }] of byFile) {
      if ((item as { draft?: boolean }).draft) continue;
      if (item.translations?.[lang] || present.has(`${file} ${lang}`)) continue;
      const expected = file.replace(/\.md$/, `.${lang}.md`);
      report(
        file,
        1,
        undefined,
        severity === "error"
          ? `there is no ${name} translation of this ${kind}: add ${expected} beside it. ${name} is a full language in site.md, so every published text must exist in ${name} too (for Welsh, the Welsh Language Standards require it); to publish the original on the ${name} pages until the translation is ready, set languages.untranslated: show-original in site.md`
          : `there is no ${name} translation of this ${kind} yet: until ${expected} exists, the ${name} pages show it in ${languageName(languages.default, "en")}, marked as such`,
        severity,
      );
    }
  }
}

type TranslationKind = "site" | "incident" | "update" | "service" | "advice";

const TRANSLATION_SCHEMAS = {
  site: siteTranslationSchema,
  incident: incidentTranslationSchema,
  update: updateTranslationSchema,
  service: serviceTranslationSchema,
  advice: adviceTranslationSchema,
} as const;

interface TranslationFile {
  kind: TranslationKind;
  lang: string;
  file: string;
  /** The original's path: the same name without `.<lang>`. */
  original: string;
}

/** Removes every fact a translation restates, reporting each: facts come from the original only. */
function stripFacts(
  data: unknown,
  t: TranslationFile,
  file: ParsedFile,
  report: (file: string, line: number, field: string | undefined, message: string) => void,
): unknown {
  const restated = (path: (string | number)[], key: string) =>
    report(t.file, file.lineOf(path), fieldPath(path), `"${key}" is a fact, not words: it comes from the original (${t.original}) and must not be restated in a translation; remove it here (change it in the original if it is wrong)`);
  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
    if (!value || typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const here = [...path, key];
      if (FACT_KEYS.has(key) || (key === "organisations" && t.kind !== "site")) {
        restated(here, key);
        continue;
      }
      // `services: { phones: major-outage }` is the short way to write a status: a fact.
      if (t.kind === "update" && path.length === 1 && path[0] === "services" && typeof v === "string") {
        restated(here, "status");
        continue;
      }
      out[key] = walk(v, here);
    }
    return out;
  };
  return walk(data, []);
}


/** A translation speaks only of what its original has: the same services, revisions, alternatives and links. */
function checkAgainstOriginal(
  t: TranslationFile,
  original: object,
  words: Record<string, unknown>,
  lineOf: ParsedFile["lineOf"],
  report: (file: string, line: number, field: string | undefined, message: string) => void,
  orgIds: readonly string[],
) {
  const tooMany = (key: string, have: number, what: string) => {
    const list = words[key];
    if (Array.isArray(list) && list.length > have) {
      report(t.file, lineOf([key, have]), `${key}[${have}]`, `the original (${t.original}) has ${have} ${what}${have === 1 ? "" : "s"}, this translation has ${list.length}: translate each of the original's, in the same order`);
    }
  };
  if (t.kind === "update") {
    const u = original as Update;
    for (const service of Object.keys((words.services as object | undefined) ?? {})) {
      if (!u.services.some((c) => c.service === service)) {
        report(t.file, lineOf(["services", service]), `services.${service}`, `the original (${t.original}) does not change "${service}": a translation only gives the notes of the services its original names (${u.services.map((c) => c.service).join(", ") || "none"})`);
      }
    }
    tooMany("revisions", u.revisions.length, "revision");
  }
  if (t.kind === "service") tooMany("alternatives", (original as Service).alternatives.length, "alternative");
  if (t.kind === "advice") tooMany("links", (original as Advice).links.length, "link");
  if (t.kind === "site") {
    for (const id of Object.keys((words.organisations as object | undefined) ?? {})) {
      if (!orgIds.includes(id)) {
        report(t.file, lineOf(["organisations", id]), `organisations.${id}`, `no organisation "${id}" in site.md${didYouMean(id, orgIds)}: expected one of ${orgIds.join(", ")}`);
      }
    }
  }
}
