/**
 * The browser editor's form is generated from the zod schemas. These tests hold it to the
 * checker field by field, by behaviour: a field the form requires is one the checker
 * requires; a length the form stops at is the length the checker stops at; every option
 * the form offers is one the checker accepts; a pattern the form enforces agrees with the
 * checker on examples of right and wrong values. A drift in either direction fails here.
 */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { loadContent } from "@/lib/content/load";
import {
  adviceSchema,
  incidentSchema,
  PHASES,
  serviceSchema,
  siteSchema,
  STATUSES,
  updateSchema,
} from "@/lib/content/schemas";
import { EDITOR_TIME_FORMAT, editorConfig, type EditorCollection, type EditorField, type EditorInputs } from "@/lib/editor/config";

const ZONE = "Europe/London";

const INPUTS: EditorInputs = {
  site: { title: "Status", url: "https://status.example.org.uk", timezone: ZONE, editor: { repository: "our-council/status" } },
  incidents: [
    { slug: "cyber-attack", title: "Cyber attack" },
    { slug: "flood", title: "Flooding" },
  ],
  services: [
    { slug: "phone-lines", name: "Phone lines" },
    { slug: "parking-permits", name: "Parking permits" },
  ],
  contentPath: "content",
};

const config = editorConfig(INPUTS);
const collection = (name: string) => {
  const found = config.collections.find((c) => c.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
};
const fieldsOf = (c: EditorCollection): EditorField[] =>
  ((c.fields ?? (c.files as { fields: EditorField[] }[])[0].fields) as EditorField[]).filter((f) => f.name !== "body");

type Def = { type: string; [k: string]: unknown };
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional/default wrappers. */
function core(s: z.ZodType): z.ZodType {
  const d = def(s);
  return d.type === "optional" || d.type === "default" ? core(d.innerType as z.ZodType) : s;
}

function shapeOf(s: z.ZodType): Record<string, z.ZodType> {
  let inner = core(s);
  // services' change: a preprocess pipe in front of the object.
  while (def(inner).type === "pipe") inner = def(inner).out as z.ZodType;
  return def(inner).shape as Record<string, z.ZodType>;
}

const accepts = (s: z.ZodType, v: unknown) => s.safeParse(v).success;

/** Right and wrong examples, by the pattern's purpose (named by its message). */
const EXAMPLES: { about: RegExp; good: string[]; bad: string[] }[] = [
  { about: /language code/i, good: ["cy", "ar", "pl"], bad: ["Cy", "welsh", "c", "cy-GB"] },
  { about: /root of a domain/, good: ["https://status.example.org", "https://status.example.org/"], bad: ["https://example.org/status/", "http://status.example.org", "status.example.org"] },
  { about: /https:\/\//, good: ["https://www.example.org.uk/alerts?x=1#y", "https://gov.uk"], bad: ["http://example.org", "www.example.org", "https://", "https:// example.org", "javascript:alert(1)"] },
  { about: /email/i, good: ["press@example.org.uk"], bad: ["press@", "press at example.org", "a b@example.org"] },
  { about: /phone|digits/i, good: ["020 7946 0000", "+44 (0)20 7946 0000", "999"], bad: ["call us", "020-7946-0000", ""] },
  { about: /lower-case/i, good: ["parking-permits", "rbkc", "a1"], bad: ["Parking", "a--b", "-a", "a-", "a b", "a_b"] },
  { about: /language/i, good: ["en-GB", "cy", "cy-GB"], bad: ["english!", "en GB"] },
  { about: /owner\/name/, good: ["our-council/incident-status", "a/b.c"], bad: ["our-council", "a/b/c", "https://github.com/a/b"] },
];

/** A site-or-https field takes both kinds of address. */
const SITE_OR_HTTPS = { good: ["/advice/", "/services/phone-lines/#x", "https://example.org/a"], bad: ["//evil.example", "advice", "http://example.org"] };

/** The value the datetime widget writes for 24 November 2025, 9:30, in its format. */
function formatted(format: string): string {
  return format.replace("YYYY", "2025").replace("MM", "11").replace("DD", "24").replace("HH", "09").replace("mm", "30");
}

/** Checks one form field against its schema; recurses into groups and lists. */
function compare(field: EditorField, schema: z.ZodType, where: string): void {
  const at = `${where}.${field.name}`;
  // Required in the form exactly when the checker rejects the field's absence.
  expect(field.required, `${at}: required`).toBe(!accepts(schema, undefined));
  const inner = core(schema);
  const type = def(inner).type;
  switch (field.widget) {
    case "string":
    case "text": {
      const max = field.maxlength as number | undefined;
      if (max !== undefined) {
        expect(accepts(inner, "a".repeat(max)), `${at}: ${max} characters fit`).toBe(true);
        expect(accepts(inner, "a".repeat(max + 1)), `${at}: ${max + 1} characters do not`).toBe(false);
        expect(String(field.hint), `${at}: the hint says the limit`).toContain(`Up to ${max} characters`);
      }
      const pattern = field.pattern as [string, string] | undefined;
      if (pattern) {
        const regex = new RegExp(pattern[0]);
        const examples = /or a page on this site/.test(pattern[1]) ? SITE_OR_HTTPS : EXAMPLES.find((e) => e.about.test(pattern[1]));
        expect(examples, `${at}: examples for the pattern "${pattern[1]}"`).toBeDefined();
        for (const v of examples!.good) {
          expect(regex.test(v), `${at}: the form takes "${v}"`).toBe(true);
          expect(accepts(inner, v), `${at}: the checker takes "${v}"`).toBe(true);
        }
        for (const v of examples!.bad) {
          expect(regex.test(v), `${at}: the form refuses "${v}"`).toBe(false);
          expect(accepts(inner, v), `${at}: the checker refuses "${v}"`).toBe(false);
        }
      }
      if (max === undefined && !pattern) {
        // Plain text: the checker sets no limit the form does not show.
        expect(accepts(inner, "a".repeat(5000)), `${at}: long text`).toBe(true);
      }
      return;
    }
    case "datetime":
      expect(field.format, at).toBe(EDITOR_TIME_FORMAT);
      expect(field.picker_utc, `${at}: a naive site time, not UTC`).toBe(false);
      expect(accepts(inner, formatted(field.format as string)), `${at}: the checker takes what the picker writes`).toBe(true);
      return;
    case "select": {
      const options = (field.options as (string | { value: string })[]).map((o) => (typeof o === "string" ? o : o.value));
      for (const o of options) expect(accepts(inner, o), `${at}: option ${o}`).toBe(true);
      expect(accepts(inner, "not-one-of-them"), `${at}: anything else`).toBe(false);
      if (type === "enum") expect(options.length, `${at}: every value of the enum`).toBe(Object.keys(def(inner).entries as object).length);
      if (field.default !== undefined) expect(accepts(inner, field.default), `${at}: default`).toBe(true);
      return;
    }
    case "boolean":
      expect(accepts(inner, true) && accepts(inner, false), at).toBe(true);
      expect(accepts(inner, "yes"), at).toBe(false);
      return;
    case "number":
      expect(field.value_type, at).toBe("float");
      expect(accepts(inner, 1.5) && accepts(inner, -2), at).toBe(true);
      return;
    case "relation": {
      // Organisation ids: a list of slugs, each from site.md's organisations.
      expect(field.value_field, at).toBe("organisations.*.id");
      expect(field.multiple, at).toBe(true);
      expect(accepts(inner, ["rbkc"]), at).toBe(true);
      expect(field.min === 1, `${at}: at least one`).toBe(!accepts(inner, []));
      return;
    }
    case "list": {
      expect(type, at).toBe("array");
      expect((field.min ?? 0) === 1, `${at}: at least one`).toBe(!accepts(inner, []));
      const element = def(inner).element as z.ZodType;
      if (field.field) {
        // A list of single values (language codes): each entry is checked like a field.
        compare({ ...(field.field as EditorField), required: true }, element, at);
        return;
      }
      const subfields = field.fields as EditorField[];
      expect(subfields.map((f) => f.name), `${at}: every field of an entry`).toEqual(Object.keys(shapeOf(element)));
      for (const f of subfields) compare(f, shapeOf(element)[f.name], at);
      return;
    }
    case "object": {
      if (type === "record") return; // services: checked on its own below
      const shape = shapeOf(inner);
      const subfields = field.fields as EditorField[];
      expect(subfields.map((f) => f.name), `${at}: every field of the group`).toEqual(Object.keys(shape));
      for (const f of subfields) compare(f, shape[f.name], at);
      return;
    }
    default:
      throw new Error(`${at}: no check for the ${field.widget} widget`);
  }
}

const KINDS: [string, z.ZodType, EditorField[]][] = [
  ["update", updateSchema(ZONE), fieldsOf(collection("updates-cyber-attack"))],
  ["incident", incidentSchema(ZONE), fieldsOf(collection("incidents"))],
  ["service", serviceSchema, fieldsOf(collection("services"))],
  ["advice", adviceSchema, fieldsOf(collection("advice"))],
  ["site", siteSchema, fieldsOf(collection("site"))],
];

describe("the editor's form has every field of every schema, with the checker's rules", () => {
  for (const [kind, schema, fields] of KINDS) {
    it(`${kind}: the same fields, in the same order, with the same constraints`, () => {
      expect(fields.map((f) => f.name)).toEqual(Object.keys(shapeOf(schema)));
      for (const field of fields) compare(field, shapeOf(schema)[field.name], kind);
    });
  }

  it("phases and statuses are offered in the residents' words, storing the contract's value", () => {
    const phase = fieldsOf(collection("updates-cyber-attack")).find((f) => f.name === "phase")!;
    expect(phase.options).toEqual([
      { value: "investigating", label: "Investigating" },
      { value: "identified", label: "Cause found (identified)" },
      { value: "recovering", label: "Restoring services (recovering)" },
      { value: "monitoring", label: "Monitoring" },
      { value: "resolved", label: "Resolved" },
    ]);
    expect((phase.options as { value: string }[]).map((o) => o.value)).toEqual([...PHASES]);
  });

  it("an update's services are one optional group per existing service, each a status and an optional note", () => {
    const services = fieldsOf(collection("updates-cyber-attack")).find((f) => f.name === "services")!;
    expect(services.widget).toBe("object");
    expect(services.required).toBe(false);
    const groups = services.fields as EditorField[];
    expect(groups.map((g) => [g.name, g.label, g.widget, g.required])).toEqual([
      ["phone-lines", "Phone lines", "object", false],
      ["parking-permits", "Parking permits", "object", false],
    ]);
    const change = shapeOf(def(core(shapeOf(updateSchema(ZONE)).services)).valueType as z.ZodType);
    for (const group of groups) {
      const [status, note] = group.fields as EditorField[];
      expect([status.name, status.widget, status.required]).toEqual(["status", "select", true]);
      expect((status.options as { value: string }[]).map((o) => o.value)).toEqual([...STATUSES]);
      expect([note.name, note.required, note.maxlength]).toEqual(["note", false, 200]);
      compare(status, change.status, `services.${group.name}`);
      compare(note, change.note, `services.${group.name}`);
    }
  });
});

describe("collections", () => {
  it("each incident has its own updates collection, saving into the incident's folder with a dated slug", () => {
    expect(config.collections.map((c) => c.name)).toEqual(["updates-cyber-attack", "updates-flood", "incidents", "services", "advice", "site"]);
    const updates = collection("updates-flood");
    expect(updates.folder).toBe("content/incidents/flood/updates");
    expect(updates.label).toBe("Updates: Flooding");
    expect(editorConfig({ ...INPUTS, incidents: [INPUTS.incidents[0]] }).collections[0].label).toBe("Updates");
    expect(updates.slug).toBe("{{year}}-{{month}}-{{day}}-{{slug}}");
    expect(updates.format).toBe("yaml-frontmatter");
    expect(updates.extension).toBe("md");
  });

  it("incidents are saved as <incident>/index.md; services, advice and site.md where the checker reads them", () => {
    expect([collection("incidents").folder, collection("incidents").path]).toEqual(["content/incidents", "{{slug}}/index"]);
    expect(collection("services").folder).toBe("content/services");
    expect(collection("advice").folder).toBe("content/advice");
    expect((collection("site").files as { file: string }[])[0].file).toBe("content/site.md");
  });

  it("file names come out as the checker's slugs (ASCII, lower case, single hyphens) and empty optional fields are left out", () => {
    expect(config.slug).toMatchObject({ encoding: "ascii", clean_accents: true, sanitize_replacement: "-", lowercase: true });
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
  });

  it("the editor's own switch defaults to on, so saving site.md never switches the editor off by accident", () => {
    const editor = fieldsOf(collection("site")).find((f) => f.name === "editor")!;
    const enabled = (editor.fields as EditorField[]).find((f) => f.name === "enabled")!;
    expect(enabled.default).toBe(true);
  });
});

describe("signing in", () => {
  it("saves to the repository site.md names, on its branch; a token is the only way in without an authenticator", () => {
    expect(config.backend).toMatchObject({ name: "github", repo: "our-council/status", branch: "main", auth_methods: ["token"] });
    expect(config.backend.base_url).toBeUndefined();
  });

  it("with an authenticator, GitHub sign-in goes through it, and tokens still work", () => {
    const withAuth = editorConfig({
      ...INPUTS,
      site: { ...INPUTS.site, editor: { repository: "our-council/status", branch: "live", authenticator: "https://auth.example.workers.dev" } },
    });
    expect(withAuth.backend).toMatchObject({ name: "github", repo: "our-council/status", branch: "live", base_url: "https://auth.example.workers.dev" });
    expect(withAuth.backend.auth_methods).toBeUndefined();
  });

  it("without a repository in site.md, GitHub Actions' own repository is used", () => {
    const fromCi = editorConfig({ ...INPUTS, site: { ...INPUTS.site, editor: undefined }, repository: "ci-owner/ci-repo" });
    expect(fromCi.backend.repo).toBe("ci-owner/ci-repo");
  });

  it("the test backend needs no sign-in and keeps the same collections", () => {
    const test = editorConfig({ ...INPUTS, backend: "test-repo" });
    expect(test.backend).toEqual({ name: "test-repo" });
    expect(test.collections).toEqual(config.collections);
  });
});

describe("generated from the real content", () => {
  it("lists every real incident and service", () => {
    const { content } = loadContent("content");
    const real = editorConfig({ site: content!.site, incidents: content!.incidents, services: content!.services, contentPath: "content" });
    expect(real.collections.filter((c) => c.name.startsWith("updates-")).map((c) => c.name)).toEqual(
      content!.incidents.map((i) => `updates-${i.slug}`),
    );
    const services = fieldsOf(real.collections[0]).find((f) => f.name === "services")!;
    expect((services.fields as EditorField[]).map((f) => f.name).sort()).toEqual(content!.services.map((s) => s.slug).sort());
  });
});
