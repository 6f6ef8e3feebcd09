/**
 * The browser editor's configuration (Sveltia CMS, served at /admin/), generated from the
 * zod schemas in lib/content/schemas.ts and from the content itself, never written by
 * hand, so the form and the checker cannot drift apart:
 *
 * - every field of every schema becomes a form field with the same rules: required or not,
 *   select options from the enums, length limits, patterns for slugs, phones, addresses;
 * - an update's `services` becomes one optional group per existing service (status and
 *   note), so the file keeps the contract's map shape `slug → { status, note? }`;
 * - organisations are a relation to site.md's list; each incident gets its own
 *   "updates" collection, because an update's incident is the folder it is saved in.
 *
 * What a form cannot express (a time in the hour the clocks change, a link to a page that
 * does not exist, an update before its incident started) is left to the checker, which
 * runs on every commit before anything is published.
 */
import { z } from "zod";
import { PHASE_DESCRIPTIONS, PHASE_LABELS, STATUS_LABELS } from "../labels";
import {
  adviceSchema,
  DEFAULT_TIMEZONE,
  fieldKinds,
  incidentSchema,
  serviceSchema,
  siteSchema,
  updateSchema,
  type FieldKind,
  type Phase,
  type ServiceStatus,
} from "../content/schemas";
import { knownTimeZones } from "../content/times";

/** A field in Sveltia CMS's configuration (Decap-compatible), as plain data. */
export type EditorField = { name: string; label: string; widget: string; required?: boolean } & Record<string, unknown>;

export interface EditorCollection {
  name: string;
  label: string;
  [key: string]: unknown;
}

export interface EditorConfig {
  backend: Record<string, unknown>;
  app_title: string;
  logo: { src: string };
  site_url: string;
  display_url: string;
  media_folder: string;
  public_folder: string;
  slug: Record<string, unknown>;
  output: Record<string, unknown>;
  editor: Record<string, unknown>;
  collections: EditorCollection[];
}

/** What the configuration is generated from besides the schemas. */
export interface EditorInputs {
  site: { title: string; url: string; timezone: string; editor?: { repository?: string; branch?: string; authenticator?: string } };
  incidents: readonly { slug: string; title: string }[];
  services: readonly { slug: string; name: string }[];
  /** The content folder as a path inside the repository: "content". */
  contentPath: string;
  /** The repository (owner/name) when site.md does not name one: GitHub Actions' GITHUB_REPOSITORY. */
  repository?: string;
  /** `test-repo`: Sveltia's sign-in-free test backend (the browser's private storage), for tests. */
  backend?: "github" | "test-repo";
}

/** Times as the contract's naive site-time string: 2025-11-24 09:30 (Day.js tokens). */
export const EDITOR_TIME_FORMAT = "YYYY-MM-DD HH:mm";

/** Patterns for kinds the checker tests in code; each accepts only what the checker accepts. */
const PATTERNS: Partial<Record<FieldKind["kind"], [string, string]>> = {
  "https-url": ["^https://[^\\s/?#@]+\\.[^\\s/?#@]+([/?#]\\S*)?$", "A full address starting with https://"],
  "https-root-url": ["^https://[^\\s/?#@]+\\.[^\\s/?#@]+/?$", "The address of the root of a domain, such as https://status.example.org"],
  "site-or-https-url": [
    "^(https://[^\\s/?#@]+\\.[^\\s/?#@]+([/?#]\\S*)?|/(?!/)\\S*)$",
    "A full address starting with https://, or a page on this site starting with /",
  ],
  email: ["^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", "An email address, such as press@example.org.uk"],
  language: ["^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "A language tag, such as en-GB or cy-GB"],
};

const MESSAGES: Partial<Record<FieldKind["kind"], string>> = {
  "language-code": "A language code of two or three lower-case letters, such as cy (Welsh) or ar (Arabic)",
  slug: "Lower-case letters, numbers and single hyphens, like parking-permits",
  phone: 'Digits, spaces, + and brackets, like 020 7946 0000',
  repository: "owner/name, as in github.com/owner/name",
};

/** Words a writer sees for each field, where the key alone says too little. */
const LABELS: Record<string, string> = {
  published: "Published (UK time)",
  started: "Started (UK time)",
  at: "When (UK time)",
  draft: "Draft: not published yet",
  featured: "Featured on the home page",
  shortName: "Short name",
  url: "Web address",
  organisations: "Councils",
  urgent: "Urgent phone lines",
  press: "Press office",
  alerts: "Email and text alert sign-ups",
  editor: "Browser editor",
  revisions: "Corrections",
  alternatives: "What to do instead",
  services: "Services that change in this update",
  phase: "Phase",
};

const HINTS: Record<string, string> = {
  published: "The time this update goes out, on the 24-hour clock, UK time (BST in summer). Its place in the timeline.",
  started: "When the incident began or was found, UK time.",
  at: "When you made the correction, UK time. Not before the update's published time.",
  draft: "Tick to save without publishing. Untick to publish.",
  summary: "Shown on the home page, in feeds and when shared. Leave empty to use the first paragraph.",
  services: "Tick only the services whose status changes in this update: each keeps its last status until an update changes it.",
  featured: "Only one incident may be featured.",
  order: "Lower numbers come first.",
  category: "A group on the service board. Spell it the same way every time.",
  repository: "The GitHub repository the editor saves to, as owner/name.",
  authenticator: "The address of the small sign-in service for GitHub (see the README). Leave empty to sign in with a token only.",
  enabled: "Untick to switch the editor at /admin/ off.",
};

function sentenceCase(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strips optional/default wrappers: the schema underneath, whether it is required, and its default. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean; defaultValue?: unknown } {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(inner);
    if (def.type === "optional") {
      required = false;
      inner = def.innerType as z.ZodType;
    } else if (def.type === "default") {
      required = false;
      const value = def.defaultValue;
      defaultValue = typeof value === "function" ? (value as () => unknown)() : value;
      inner = def.innerType as z.ZodType;
    } else return { inner, required, defaultValue };
  }
}

/** The object schema behind a preprocess or transform pipe (services' `slug → status` shorthand). */
function pipeOutput(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  return def.type === "pipe" && !fieldKinds.get(schema) ? pipeOutput(def.out as z.ZodType) : schema;
}

/** The least number of entries a list needs (from `.min(n)`). */
function minEntries(schema: z.ZodType): number | undefined {
  const checks = (defOf(schema).checks as { _zod: { def: { check: string; minimum?: number } } }[] | undefined) ?? [];
  const min = checks.find((c) => c._zod.def.check === "min_length");
  return min?._zod.def.minimum;
}

interface Context {
  inputs: EditorInputs;
  /** Dotted path of the field being built, for per-field choices. */
  path: string[];
}

function organisationRelation(base: EditorField, min?: number): EditorField {
  return {
    ...base,
    widget: "relation",
    collection: "site",
    file: "site",
    value_field: "organisations.*.id",
    display_fields: ["organisations.*.name"],
    search_fields: ["organisations.*.name", "organisations.*.id"],
    multiple: true,
    ...(min ? { min } : {}),
  };
}

function selectOptions(values: readonly string[], labels?: Record<string, string>) {
  return values.map((value) => ({ value, label: labels?.[value] && labels[value].toLowerCase() !== value ? `${labels[value]} (${value})` : (labels?.[value] ?? value) }));
}

/** One form field for one schema field. */
export function fieldFor(name: string, schema: z.ZodType, ctx: Context): EditorField {
  const { inner, required, defaultValue } = unwrap(schema);
  const path = [...ctx.path, name];
  const base: EditorField = { name, label: LABELS[name] ?? sentenceCase(name), widget: "string", required };
  if (HINTS[name]) base.hint = HINTS[name];
  if (defaultValue !== undefined) base.default = defaultValue;
  const def = defOf(inner);
  const known = fieldKinds.get(inner);

  if (known) {
    switch (known.kind) {
      case "text": {
        const long = (known.maxLength ?? 0) > 120 || name === "summary" || name === "description" || name === "address";
        const field: EditorField = { ...base, widget: long ? "text" : "string" };
        if (known.maxLength) {
          field.maxlength = known.maxLength;
          field.hint = [HINTS[name], `Up to ${known.maxLength} characters.`].filter(Boolean).join(" ");
        }
        return field;
      }
      case "time":
        return { ...base, widget: "datetime", format: EDITOR_TIME_FORMAT, picker_utc: false, ...(required && name !== "at" ? { default: "{{now}}" } : {}) };
      case "time-zone":
        return { ...base, widget: "select", options: knownTimeZones(), default: defaultValue ?? DEFAULT_TIMEZONE };
      case "slug":
      case "phone":
      case "repository":
      case "language-code":
        return { ...base, pattern: [known.pattern!, MESSAGES[known.kind]!], ...(known.kind === "phone" ? { hint: 'Like 020 7946 0000' } : {}) };
      default: {
        const pattern = PATTERNS[known.kind];
        return pattern ? { ...base, pattern } : base;
      }
    }
  }

  switch (def.type) {
    case "enum": {
      const values = Object.keys(def.entries as Record<string, string>);
      const labels = name === "phase" ? PHASE_LABELS : name === "status" ? STATUS_LABELS : undefined;
      const field: EditorField = { ...base, widget: "select", options: selectOptions(values, labels) };
      if (name === "phase") field.hint = values.map((v) => `${PHASE_LABELS[v as Phase]}: ${PHASE_DESCRIPTIONS[v as Phase]}`).join(" ");
      return field;
    }
    case "boolean":
      // Absent means off for every flag but the editor's own switch.
      return { ...base, widget: "boolean", default: name === "enabled" };
    case "number":
      return { ...base, widget: "number", value_type: "float" };
    case "object":
      return { ...base, widget: "object", collapsed: !required, fields: fieldsFor(inner, { ...ctx, path }) };
    case "array": {
      const element = def.element as z.ZodType;
      const min = minEntries(inner);
      if (name === "organisations" && fieldKinds.get(element)?.kind === "slug") return organisationRelation(base, min);
      const elementDef = defOf(unwrap(element).inner);
      const list: EditorField = { ...base, widget: "list", ...(min ? { min } : {}) };
      if (elementDef.type === "object") {
        const fields = fieldsFor(unwrap(element).inner, { ...ctx, path });
        return { ...list, collapsed: "auto", summary: `{{fields.${fields[0].name}}}`, fields };
      }
      return { ...list, field: fieldFor("item", element, { ...ctx, path }) };
    }
    case "record": {
      // services: one optional group per existing service, keyed by its slug.
      const change = pipeOutput(def.valueType as z.ZodType);
      return {
        ...base,
        widget: "object",
        collapsed: false,
        fields: ctx.inputs.services.map((s) => ({
          name: s.slug,
          label: s.name,
          widget: "object",
          required: false,
          collapsed: false,
          summary: "{{fields.status}}",
          fields: fieldsFor(change, { ...ctx, path: [...path, s.slug] }),
        })),
      };
    }
    default:
      return base;
  }
}

/** Every field of an object schema, in the schema's order. */
export function fieldsFor(schema: z.ZodType, ctx: Context): EditorField[] {
  const shape = defOf(schema).shape as Record<string, z.ZodType> | undefined;
  if (!shape) throw new Error(`not an object schema at ${ctx.path.join(".") || "the top"}`);
  return Object.entries(shape).map(([name, field]) => fieldFor(name, field, ctx));
}

function body(label: string, required: boolean): EditorField {
  return {
    name: "body",
    label,
    widget: "markdown",
    required,
    // Only what the site renders: no raw HTML, no embedded code blocks or images from uploads.
    buttons: ["bold", "italic", "link", "heading-two", "heading-three", "bulleted-list", "numbered-list", "quote"],
    editor_components: [],
    hint: "Headings start at level 2. Links must start with https://, mailto:, tel: or / (a page on this site).",
  };
}

const DOCUMENT = { extension: "md", format: "yaml-frontmatter" } as const;

/** Sveltia CMS's configuration for this content, as plain data (written as admin/config.yml). */
export function editorConfig(inputs: EditorInputs): EditorConfig {
  const zone = inputs.site.timezone;
  const ctx: Context = { inputs, path: [] };
  const content = inputs.contentPath.replace(/\/+$/, "");
  const settings = inputs.site.editor ?? {};
  const repository = settings.repository ?? inputs.repository;
  const backend: Record<string, unknown> =
    inputs.backend === "test-repo"
      ? { name: "test-repo" }
      : {
          name: "github",
          repo: repository,
          branch: settings.branch ?? "main",
          ...(settings.authenticator ? { base_url: settings.authenticator } : { auth_methods: ["token"] }),
          commit_messages: {
            create: "Editor: add {{collection}} “{{slug}}”",
            update: "Editor: change {{collection}} “{{slug}}”",
            delete: "Editor: delete {{collection}} “{{slug}}”",
          },
        };

  const updateFields = fieldsFor(updateSchema(zone), ctx);
  const updates: EditorCollection[] = inputs.incidents.map((incident) => ({
    name: `updates-${incident.slug}`,
    // Short enough for a phone's list; with several incidents, each names its own.
    label: inputs.incidents.length === 1 ? "Updates" : `Updates: ${incident.title}`,
    label_singular: "Update",
    description: `Public updates on the incident “${incident.title}”, newest first.`,
    folder: `${content}/incidents/${incident.slug}/updates`,
    create: true,
    delete: false,
    ...DOCUMENT,
    // The date first, then words from the title: 2025-11-28-some-data-copied.
    slug: "{{year}}-{{month}}-{{day}}-{{slug}}",
    identifier_field: "title",
    summary: "{{published}}: {{title}}",
    sortable_fields: { fields: ["published", "title"], default: { field: "published", direction: "descending" } },
    fields: [...updateFields, body("Text of the update", true)],
  }));

  return {
    backend,
    app_title: `Editor: ${inputs.site.title}`,
    logo: { src: "/admin/logo.svg" },
    site_url: inputs.site.url,
    display_url: inputs.site.url,
    media_folder: "public/images",
    public_folder: "/images",
    // File names the checker accepts: lower-case ASCII letters, digits, single hyphens.
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-", lowercase: true, trim: true },
    // An optional field left empty is left out of the file, as the contract's examples do.
    output: { omit_empty_optional_fields: true },
    // The preview would show Sveltia's rendering, not the site's: the site itself is the preview.
    editor: { preview: false },
    collections: [
      ...updates,
      {
        name: "incidents",
        label: "Incidents",
        label_singular: "Incident",
        description: "One incident each. Its updates have their own list, which appears once the new incident is published.",
        folder: `${content}/incidents`,
        path: "{{slug}}/index",
        create: true,
        delete: false,
        ...DOCUMENT,
        slug: { editable: true },
        identifier_field: "title",
        fields: [...fieldsFor(incidentSchema(zone), ctx), body("Background", false)],
      },
      {
        name: "services",
        label: "Services",
        label_singular: "Service",
        description: "The services residents use, shown on the service board.",
        folder: `${content}/services`,
        create: true,
        delete: false,
        ...DOCUMENT,
        slug: { editable: true },
        identifier_field: "name",
        fields: [...fieldsFor(serviceSchema, ctx), body("More detail", false)],
      },
      {
        name: "advice",
        label: "Advice",
        label_singular: "Advice section",
        description: "Sections of the advice page.",
        folder: `${content}/advice`,
        create: true,
        delete: false,
        ...DOCUMENT,
        slug: { editable: true },
        identifier_field: "title",
        fields: [...fieldsFor(adviceSchema, ctx), body("Advice", false)],
      },
      {
        name: "site",
        label: "Site settings",
        description: "The site's name, address, councils, contact numbers and sign-ups.",
        files: [
          {
            name: "site",
            label: "Site settings (site.md)",
            file: `${content}/site.md`,
            format: DOCUMENT.format,
            fields: [...fieldsFor(siteSchema, ctx), body("About this page (home page)", false)],
          },
        ],
      },
    ],
  };
}
