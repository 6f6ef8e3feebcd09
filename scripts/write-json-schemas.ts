/**
 * `npm run schemas`: writes a JSON Schema for each kind of content file into schemas/,
 * from the zod schemas, so that editors (VS Code with the YAML extension) can
 * autocomplete and check frontmatter as you type. See content/README.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { z } from "zod";
import {
  adviceSchema,
  adviceTranslationSchema,
  DEFAULT_TIMEZONE,
  incidentSchema,
  incidentTranslationSchema,
  PHASES,
  serviceSchema,
  serviceTranslationSchema,
  siteSchema,
  siteTranslationSchema,
  STATUSES,
  updateSchema,
  updateTranslationSchema,
} from "../lib/content/schemas";

const TIME = {
  type: "string",
  description: "A date and time: 2025-11-24 09:30 (site time, BST included) or with an offset: 2025-11-24T09:30:00Z",
  pattern: "^\\d{4}-\\d{1,2}-\\d{1,2}[Tt ]\\d{1,2}:\\d{2}",
};
const PHONE = { type: "string", description: 'A phone number in quotes: "020 7946 0000"', pattern: "^\\+?[0-9 ()]+$" };
const TIME_FIELDS = new Set(["started", "published", "at"]);
const PHONE_FIELDS = new Set(["phone"]);

/** Fields that zod can only describe as "anything" (they are parsed in code) get a real shape. */
function patch(node: unknown, key?: string): unknown {
  if (Array.isArray(node)) return node.map((n) => patch(n));
  if (!node || typeof node !== "object") return node;
  const obj = node as Record<string, unknown>;
  if (key && TIME_FIELDS.has(key) && Object.keys(obj).length === 0) return TIME;
  if (key && PHONE_FIELDS.has(key) && !obj.type) return PHONE;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === "properties" && v && typeof v === "object") {
      out[k] = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, patch(pv, pk)]));
    } else out[k] = patch(v);
  }
  return out;
}

const kinds = {
  site: siteSchema,
  incident: incidentSchema(DEFAULT_TIMEZONE),
  update: updateSchema(DEFAULT_TIMEZONE),
  service: serviceSchema,
  advice: adviceSchema,
  // Translations (`x.cy.md`): words only.
  "site.translation": siteTranslationSchema,
  "incident.translation": incidentTranslationSchema,
  "update.translation": updateTranslationSchema,
  "service.translation": serviceTranslationSchema,
  "advice.translation": adviceTranslationSchema,
};

export function jsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(kinds)) {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
    out[name] = patch({ ...json, title: `${name} frontmatter`, $id: `${name}.schema.json` });
  }
  // The services map: service slug → status, or { status, note }.
  const update = out.update as { properties: Record<string, unknown> };
  update.properties.services = {
    type: "object",
    description: "Service slug → status, or { status, note }",
    additionalProperties: {
      anyOf: [
        { enum: [...STATUSES] },
        { type: "object", properties: { status: { enum: [...STATUSES] }, note: { type: "string", maxLength: 200 } }, required: ["status"], additionalProperties: false },
      ],
    },
  };
  update.properties.phase = { enum: [...PHASES] };
  return out;
}

if (process.argv[1]?.endsWith("write-json-schemas.ts")) {
  mkdirSync("schemas", { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    writeFileSync(`schemas/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  }
  console.log("Wrote schemas/{site,incident,update,service,advice}{,.translation}.schema.json");
}
