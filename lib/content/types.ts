/**
 * The validated content, as pages and feeds see it. Field types come from the zod
 * schemas; this adds what a file's place gives it (slug, file, body) and nothing derived:
 * derived state (phase, current service status) is computed in derive.ts only.
 */
import type {
  AdviceData,
  AdviceTranslation,
  IncidentTranslation,
  ServiceTranslation,
  SiteTranslation,
  UpdateTranslation,
  IncidentData,
  Organisation,
  ServiceData,
  ServiceStatus,
  SiteData,
  UpdateData,
} from "./schemas";

/** Markdown text and where it starts in its file, for messages. */
export interface Body {
  markdown: string;
  /** File line of the body's first line. */
  line: number;
}

/** A translation (`x.cy.md` beside `x.md`): its words and body; every fact is the original's. */
export interface Translation<Words> {
  language: string;
  file: string;
  words: Words;
  body: Body;
  /** The line of `title` in the translation's file, where it has one. */
  titleLine?: number;
}

/** What every text has: the language its words are in, and its translations by language. */
interface Words<T> {
  /** The language of the words as they stand; absent: the site's default language. */
  textLanguage?: string;
  /** By language; absent: none. */
  translations?: Record<string, Translation<T>>;
}

/** The line of `title` in a file: where a message about what is drawn from the title points. */
interface TitleLine {
  titleLine: number;
}

export interface Site extends SiteData, TitleLine, Words<SiteTranslation> {
  about: Body;
}

export type { Organisation };

export interface Incident extends Omit<IncidentData, "featured">, TitleLine, Words<IncidentTranslation> {
  slug: string;
  featured: boolean;
  background: Body;
  file: string;
}

export interface ServiceChange {
  service: string;
  status: ServiceStatus;
  note?: string;
}

export interface Update extends Omit<UpdateData, "services" | "summary" | "revisions" | "draft">, TitleLine, Words<UpdateTranslation> {
  slug: string;
  incident: string;
  /** As written, or derived from the body (first paragraph, else title). */
  summary: string;
  services: ServiceChange[];
  revisions: { at: number; note: string }[];
  draft: boolean;
  body: Body;
  file: string;
}

export interface Service extends Omit<ServiceData, "alternatives">, Words<ServiceTranslation> {
  slug: string;
  alternatives: NonNullable<ServiceData["alternatives"]>;
  body: Body;
  file: string;
}

export interface Advice extends Omit<AdviceData, "links">, Words<AdviceTranslation> {
  slug: string;
  links: NonNullable<AdviceData["links"]>;
  body: Body;
  file: string;
}

/** Everything in the content folder, drafts included, each list in its display order. */
export interface Content {
  site: Site;
  incidents: Incident[];
  /** Sorted by (published, slug) ascending: the last is the latest. */
  updates: Update[];
  services: Service[];
  advice: Advice[];
}
