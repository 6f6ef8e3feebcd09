/**
 * The content contract as zod schemas: one per file kind, built for the site's time zone
 * (naive times are wall-clock times there). Types are inferred from these, never written
 * twice. Every object is strict: an unknown key is an error with a "did you mean".
 *
 * Cross-file rules (an organisation id must exist, a service slug must exist, published
 * not before started, site-relative links must point at a built page) live in load.ts,
 * which sees every file at once.
 */
import { z } from "zod";
import { isTimeZone, knownTimeZones, parseTime } from "./times";
import { describeFound, didYouMean } from "./problems";
import { isKnownLanguage } from "../i18n/languages";

export const PHASES = ["investigating", "identified", "recovering", "monitoring", "resolved"] as const;
export type Phase = (typeof PHASES)[number];

export const STATUSES = ["operational", "degraded", "partial-outage", "major-outage", "suspended"] as const;
export type ServiceStatus = (typeof STATUSES)[number];

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const DEFAULT_TIMEZONE = "Europe/London";
export const DEFAULT_LANGUAGE = "en-GB";

/** Marker the key checker reads to offer "did you mean" from the object's own fields. */
export const KNOWN_KEYS_MARKER = "known-keys:";

/**
 * What a field holds, for tools that present these schemas as a form (the browser editor's
 * configuration is generated from them: lib/editor/config.ts). Checks zod cannot state as
 * data (a length in visible characters, a time, a phone number) are named here once.
 */
export interface FieldKind {
  kind: "text" | "time" | "phone" | "email" | "https-url" | "https-root-url" | "site-or-https-url" | "language-code" | "slug" | "time-zone" | "language" | "repository";
  /** At most this many visible characters. */
  maxLength?: number;
  /** A regular expression (source) the value must match. */
  pattern?: string;
}
export const fieldKinds = z.registry<FieldKind>();

function kind<T extends z.ZodType>(schema: T, what: FieldKind): T {
  fieldKinds.add(schema, what);
  return schema;
}

const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Characters as a reader sees them: an emoji or an accented letter counts once. */
export function visibleLength(text: string): number {
  // Plain ASCII has one character per code unit: no need to segment (the common case).
  if (/^[\x00-\x7f]*$/.test(text)) return text.length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** Strict object whose unknown-key issue carries its own field names for suggestions. */
function fields<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (iss) =>
      iss.code === "unrecognized_keys" ? `${KNOWN_KEYS_MARKER}${JSON.stringify(known)}` : undefined,
  });
}

/** Text, trimmed; at most `max` visible characters when given. */
function text(max?: number) {
  const base = z.string().trim().min(1, { error: "expected text, found empty text" });
  if (max === undefined) return kind(base, { kind: "text" });
  // A grapheme is at least one code unit, so text no longer than `max` units always fits.
  return kind(base.refine((s) => s.length <= max || visibleLength(s) <= max, {
    error: (iss) =>
      `expected at most ${max} characters, found ${visibleLength(String(iss.input))}: shorten it by ${
        visibleLength(String(iss.input)) - max
      }`,
  }), { kind: "text", maxLength: max });
}

const slug = (what: string) =>
  kind(
    z.string().regex(SLUG_PATTERN, {
      error: (iss) =>
        `expected ${what}: lower-case letters, digits and single hyphens (like "parking-permits"), found "${String(iss.input)}"`,
    }),
    { kind: "slug", pattern: SLUG_PATTERN.source },
  );

function httpsUrl() {
  return kind(
    z.string().trim().refine(isHttpsUrl, {
      error: (iss) => `expected a full https:// address, found ${describeUrl(iss.input)}`,
    }),
    { kind: "https-url" },
  );
}

export function isHttpsUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === "https:" && u.hostname.length > 0 && !/\s/.test(value);
  } catch {
    return false;
  }
}

function describeUrl(input: unknown): string {
  const s = String(input);
  if (/^http:/i.test(s)) return `"${s}" (http:// is not allowed: use https://)`;
  if (/^www\./i.test(s)) return `"${s}" (add https:// at the start)`;
  return `"${s}"`;
}

const PHONE_PATTERN = /^\+?[0-9 ()]*[0-9][0-9 ()]*$/;

function phone() {
  return kind(z.unknown().transform((value, ctx) => {
    const fail = (message: string) => {
      ctx.addIssue({ code: "custom", input: value, message });
      return z.NEVER;
    };
    if (value === undefined) return fail('this field is required: expected a phone number such as "020 7946 0000"');
    if (typeof value === "number") {
      return fail(
        `expected a phone number in quotes, such as "020 7946 0000", found the number ${value} (without quotes a leading 0 is lost)`,
      );
    }
    const s = typeof value === "string" ? value.trim() : undefined;
    if (s === undefined || !PHONE_PATTERN.test(s)) {
      return fail(
        `expected a phone number of digits, spaces, + and brackets, such as "020 7946 0000", found ${describeFound(value)}`,
      );
    }
    return s;
  }), { kind: "phone", pattern: PHONE_PATTERN.source });
}

function email() {
  return kind(
    z
      .string()
      .trim()
      .pipe(z.email({ error: (iss) => `expected an email address such as press@example.org.uk, found "${String(iss.input)}"` })),
    { kind: "email" },
  );
}

/** https or site-relative (`/advice/`): for service alternatives. */
function siteOrHttpsUrl() {
  return kind(z
    .string()
    .trim()
    .refine((s) => isHttpsUrl(s) || (s.startsWith("/") && !s.startsWith("//")), {
      error: (iss) =>
        `expected a full https:// address or a page on this site starting with /, found ${describeUrl(iss.input)}`,
    }), { kind: "site-or-https-url" });
}

function time(zone: string) {
  return kind(z.unknown().transform((value, ctx) => {
    if (value === undefined) {
      ctx.addIssue({ code: "custom", input: value, message: "this field is required: expected a date and time such as 2025-11-24 09:30" });
      return z.NEVER;
    }
    const result = parseTime(value, zone);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", input: value, message: result.message });
      return z.NEVER;
    }
    return result.instant;
  }), { kind: "time" });
}

function oneOf<T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (iss) =>
      iss.input === undefined
        ? `this field is required: expected ${what}, one of ${values.join(", ")}`
        : `expected ${what}, one of ${values.join(", ")}, found "${String(iss.input)}"${didYouMean(String(iss.input), values)}`,
  });
}

function flag() {
  return z.boolean({
    error: (iss) => {
      const found = String(iss.input);
      const lower = found.toLowerCase();
      const guess = ["yes", "y", "on"].includes(lower) ? "true" : ["no", "n", "off"].includes(lower) ? "false" : "";
      return `expected true or false, found "${found}"${guess ? ` (did you mean ${guess}?)` : ""}`;
    },
  });
}

function list<T extends z.ZodType>(item: T, atLeastOne = false) {
  const base = z.array(item);
  return atLeastOne ? base.min(1, { error: "expected a list with at least one entry, found an empty list" }) : base;
}

function timeZoneField() {
  return kind(z
    .string()
    .trim()
    .refine(isTimeZone, {
      error: (iss) =>
        `expected an IANA time zone such as Europe/London, found "${String(iss.input)}"${didYouMean(
          String(iss.input),
          knownTimeZones(),
        )}`,
    }), { kind: "time-zone" });
}

function languageField() {
  return kind(z
    .string()
    .trim()
    .refine(
      (s) => {
        try {
          return Intl.getCanonicalLocales(s).length === 1;
        } catch {
          return false;
        }
      },
      { error: (iss) => `expected a language tag such as en-GB or cy-GB, found "${String(iss.input)}"` },
    ), { kind: "language" });
}

/** A language as it names translation files and URLs: a lower-case primary subtag (`cy`, `ar`). */
function languageCode() {
  return kind(
    z
      .string()
      .trim()
      .refine((s) => /^[a-z]{2,3}$/.test(s) && isKnownLanguage(s), {
        error: (iss) =>
          `expected a language code of two or three lower-case letters, such as cy (Welsh), ar (Arabic), ur (Urdu), bn (Bengali), pl (Polish), so (Somali), pt (Portuguese), found "${String(iss.input)}"`,
      }),
    { kind: "language-code", pattern: "^[a-z]{2,3}$" },
  );
}

export const UNTRANSLATED_RULES = ["error", "show-original"] as const;

/** site.md `languages`: the site's other languages (see docs/content-format.md, Translations). */
export const languagesSchema = fields({
  full: list(languageCode()).optional(),
  partial: list(languageCode()).optional(),
  untranslated: oneOf(UNTRANSLATED_RULES, "what to do while a full language's translation is missing").optional(),
});

export const urgentLineSchema = fields({
  label: text(),
  phone: phone(),
  hours: text().optional(),
});

export const organisationSchema = fields({
  id: slug("an organisation id"),
  name: text(),
  shortName: text().optional(),
  url: httpsUrl(),
  phone: phone().optional(),
  email: email().optional(),
  address: text().optional(),
  urgent: list(urgentLineSchema).optional(),
});

/** A GitHub repository, `owner/name`, as in its address github.com/owner/name. */
export const REPOSITORY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/;

/** The browser editor at /admin/: where it saves, how people sign in, or `enabled: false`. */
export const editorSchema = fields({
  enabled: flag().optional(),
  repository: kind(
    z
      .string()
      .trim()
      .regex(REPOSITORY_PATTERN, {
        error: (iss) => `expected a GitHub repository as owner/name, like "our-council/incident-status", found "${String(iss.input)}"`,
      }),
    { kind: "repository", pattern: REPOSITORY_PATTERN.source },
  ).optional(),
  branch: text().optional(),
  authenticator: httpsUrl().optional(),
});

/** A sign-up the council already runs (email or text alerts), shown with the feeds. */
export const alertSignUpSchema = fields({
  label: text(80),
  url: httpsUrl(),
});

export const siteSchema = fields({
  title: text(),
  // Every page links from the root (/advice/), so the site must be served from a domain's root.
  url: kind(
    httpsUrl().refine((u) => !isHttpsUrl(u) || /^\/?$/.test(new URL(u).pathname), {
      error: (iss) =>
        `expected the address of the root of a domain, such as https://status.example.org, found "${String(iss.input)}": the site must be served from the root of its domain (use a custom domain, not a folder)`,
    }),
    { kind: "https-root-url" },
  ),
  timezone: timeZoneField().default(DEFAULT_TIMEZONE),
  language: languageField().default(DEFAULT_LANGUAGE),
  languages: languagesSchema.optional(),
  organisations: list(organisationSchema, true),
  press: fields({
    email: email().optional(),
    phone: phone().optional(),
    url: httpsUrl().optional(),
  }).optional(),
  alerts: list(alertSignUpSchema).optional(),
  editor: editorSchema.optional(),
});

export function incidentSchema(zone: string) {
  return fields({
    title: text(120),
    summary: text(280),
    started: time(zone),
    organisations: list(slug("an organisation id"), true),
    featured: flag().optional(),
  });
}

export const statusSchema = oneOf(STATUSES, "a service status");

const serviceChangeSchema = z.preprocess(
  (value) => (typeof value === "string" ? { status: value } : value),
  fields({
    status: statusSchema,
    note: text(200).optional(),
  }),
);

export function updateSchema(zone: string) {
  return fields({
    title: text(120),
    published: time(zone),
    phase: oneOf(PHASES, "a phase"),
    summary: text(280).optional(),
    services: z.record(z.string(), serviceChangeSchema).optional(),
    revisions: list(
      fields({
        at: time(zone),
        note: text(),
      }),
    ).optional(),
    draft: flag().optional(),
  });
}

export const alternativeSchema = fields({
  label: text(),
  phone: phone().optional(),
  email: email().optional(),
  url: siteOrHttpsUrl().optional(),
  address: text().optional(),
  hours: text().optional(),
});

export const serviceSchema = fields({
  name: text(),
  category: text().optional(),
  organisations: list(slug("an organisation id"), true),
  description: text().optional(),
  alternatives: list(alternativeSchema).optional(),
  order: z.number({ error: (iss) => `expected a number, found ${describeFound(iss.input)}` }).optional(),
});

export const adviceLinkSchema = fields({
  title: text(),
  url: httpsUrl(),
  publisher: text(),
});

export const adviceSchema = fields({
  title: text(),
  summary: text().optional(),
  order: z.number({ error: (iss) => `expected a number, found ${describeFound(iss.input)}` }).optional(),
  links: list(adviceLinkSchema).optional(),
});

/*
 * Translations (`x.cy.md` beside `x.md`): words only. Times, phases, statuses, ids, links,
 * phone numbers and flags come from the original; load.ts reports any that is restated
 * before these schemas see the file.
 */
export const siteTranslationSchema = fields({
  title: text(),
  organisations: z
    .record(
      z.string(),
      fields({
        name: text().optional(),
        shortName: text().optional(),
        address: text().optional(),
        urgent: list(fields({ label: text(), hours: text().optional() })).optional(),
      }),
    )
    .optional(),
});

export const incidentTranslationSchema = fields({
  title: text(120),
  summary: text(280),
});

export const updateTranslationSchema = fields({
  title: text(120),
  summary: text(280).optional(),
  services: z.record(z.string(), fields({ note: text(200) })).optional(),
  revisions: list(fields({ note: text() })).optional(),
});

export const serviceTranslationSchema = fields({
  name: text(),
  category: text().optional(),
  description: text().optional(),
  alternatives: list(fields({ label: text(), address: text().optional(), hours: text().optional() })).optional(),
});

export const adviceTranslationSchema = fields({
  title: text(),
  summary: text().optional(),
  links: list(fields({ title: text(), publisher: text().optional() })).optional(),
});

/** Keys that hold facts, not words: a translation that restates one is an error. */
export const FACT_KEYS = new Set([
  "url", "timezone", "language", "languages", "press", "id", "phone", "email",
  "started", "featured", "published", "phase", "status", "at", "draft", "order",
]);

export type SiteTranslation = z.output<typeof siteTranslationSchema>;
export type IncidentTranslation = z.output<typeof incidentTranslationSchema>;
export type UpdateTranslation = z.output<typeof updateTranslationSchema>;
export type ServiceTranslation = z.output<typeof serviceTranslationSchema>;
export type AdviceTranslation = z.output<typeof adviceTranslationSchema>;

export type SiteData = z.output<typeof siteSchema>;
export type Organisation = z.output<typeof organisationSchema>;
export type IncidentData = z.output<ReturnType<typeof incidentSchema>>;
export type UpdateData = z.output<ReturnType<typeof updateSchema>>;
export type ServiceData = z.output<typeof serviceSchema>;
export type Alternative = z.output<typeof alternativeSchema>;
export type AdviceData = z.output<typeof adviceSchema>;
export type AdviceLink = z.output<typeof adviceLinkSchema>;
export type AlertSignUp = z.output<typeof alertSignUpSchema>;
export type EditorSettings = z.output<typeof editorSchema>;
