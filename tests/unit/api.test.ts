import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { loadContent } from "@/lib/content/load";
import { embedBannerHtml, embedStatus } from "@/lib/embed";
import { sitePages } from "@/lib/routes";
import { buildSiteModel } from "@/lib/site";
import { STATUSPAGE_FILES } from "@/lib/statuspage";
import { incidentJsonLd, serializeJsonLd } from "@/lib/structured-data";
import { jsonSchemas } from "@/scripts/write-json-schemas";

const hostile = buildSiteModel(loadContent("tests/fixtures/hostile").content!);
const fixture = buildSiteModel(loadContent("tests/fixtures/e2e-site").content!);

// Atlassian Statuspage API v2, the fields documented for each object.
const timestamp = z.iso.datetime({ offset: true });
const pageSchema = z.object({ id: z.string(), name: z.string(), url: z.url(), time_zone: z.string(), updated_at: timestamp });
const componentStatus = z.enum(["operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"]);
const componentSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: componentStatus,
  created_at: timestamp.nullable(),
  updated_at: timestamp.nullable(),
  position: z.number().int(),
  description: z.string().nullable(),
  showcase: z.boolean(),
  start_date: z.string().nullable(),
  group_id: z.string().nullable(),
  page_id: z.string(),
  group: z.boolean(),
  only_show_if_degraded: z.boolean(),
});
const incidentStatus = z.enum(["investigating", "identified", "monitoring", "resolved", "postmortem"]);
const incidentSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: incidentStatus,
  created_at: timestamp,
  updated_at: timestamp,
  monitoring_at: timestamp.nullable(),
  resolved_at: timestamp.nullable(),
  impact: z.enum(["none", "minor", "major", "critical"]),
  shortlink: z.url(),
  started_at: timestamp,
  page_id: z.string(),
  incident_updates: z.array(
    z.object({
      id: z.string(),
      status: incidentStatus,
      body: z.string(),
      incident_id: z.string(),
      created_at: timestamp,
      updated_at: timestamp,
      display_at: timestamp,
      affected_components: z.array(z.object({ code: z.string(), name: z.string(), old_status: componentStatus, new_status: componentStatus })),
      deliver_notifications: z.boolean(),
      custom_tweet: z.string().nullable(),
      tweet_id: z.string().nullable(),
    }),
  ),
  components: z.array(componentSchema),
});
const statusSchema = z.object({
  indicator: z.enum(["none", "minor", "major", "critical", "maintenance"]),
  description: z.string(),
});

describe("Statuspage v2 API", () => {
  it("each file matches the documented shape", () => {
    z.object({ page: pageSchema, components: z.array(componentSchema), incidents: z.array(incidentSchema), scheduled_maintenances: z.array(z.unknown()), status: statusSchema }).strict().parse(STATUSPAGE_FILES["summary.json"](fixture));
    z.object({ page: pageSchema, status: statusSchema }).strict().parse(STATUSPAGE_FILES["status.json"](fixture));
    z.object({ page: pageSchema, components: z.array(componentSchema) }).strict().parse(STATUSPAGE_FILES["components.json"](fixture));
    z.object({ page: pageSchema, incidents: z.array(incidentSchema) }).strict().parse(STATUSPAGE_FILES["incidents.json"](fixture));
    z.object({ page: pageSchema, incidents: z.array(incidentSchema) }).strict().parse(STATUSPAGE_FILES["incidents/unresolved.json"](fixture));
  });

  it("maps statuses and phases as documented, with the worst status as the indicator", () => {
    const components = STATUSPAGE_FILES["components.json"](fixture).components;
    const byId = Object.fromEntries(components.map((c) => [c.id, c.status]));
    expect(byId).toEqual({ phones: "major_outage", "council-tax": "under_maintenance", "parking-permits": "degraded_performance", bins: "operational" });
    expect(STATUSPAGE_FILES["status.json"](fixture).status).toEqual({ indicator: "critical", description: "Major System Outage" });
    const incidents = STATUSPAGE_FILES["incidents.json"](fixture).incidents;
    expect(incidents.map((i) => [i.id, i.status])).toEqual([
      ["cyber-attack", "identified"], // recovering → identified
      ["old-outage", "resolved"],
    ]);
    expect(STATUSPAGE_FILES["incidents/unresolved.json"](fixture).incidents.map((i) => i.id)).toEqual(["cyber-attack"]);
    expect(incidents[1].resolved_at).toBe("2025-01-11T12:00:00+00:00");
  });

  it("gives each update's affected components the status before and after", () => {
    const cyber = STATUSPAGE_FILES["incidents.json"](fixture).incidents[0];
    const third = cyber.incident_updates.find((u) => u.id === "cyber-attack/c-third")!;
    expect(third.affected_components).toEqual([{ code: "parking-permits", name: "Parking permits", old_status: "partial_outage", new_status: "degraded_performance" }]);
    const second = cyber.incident_updates.find((u) => u.id === "cyber-attack/b-second")!;
    expect(second.affected_components).toContainEqual({ code: "council-tax", name: "Council tax payments", old_status: "operational", new_status: "under_maintenance" });
  });

  it("never mentions a draft", () => {
    for (const [name, render] of Object.entries(STATUSPAGE_FILES)) {
      expect(JSON.stringify(render(fixture)), name).not.toContain("d-draft");
    }
  });

  it("keeps ids stable across builds: they come from the slugs", () => {
    const again = buildSiteModel(loadContent("tests/fixtures/e2e-site").content!);
    expect(STATUSPAGE_FILES["incidents.json"](again)).toEqual(STATUSPAGE_FILES["incidents.json"](fixture));
  });
});

describe("JSON-LD", () => {
  it("is a LiveBlogPosting with an update per published update, and parses back", () => {
    const json = serializeJsonLd(incidentJsonLd(fixture, fixture.incidents.find((i) => i.slug === "cyber-attack")!));
    const [live, announcement] = JSON.parse(json);
    expect(live["@type"]).toBe("LiveBlogPosting");
    expect(live.liveBlogUpdate.map((u: { headline: string }) => u.headline)).toEqual(["Third update", "Second update", "First update"]);
    expect(announcement["@type"]).toBe("SpecialAnnouncement");
  });

  it("survives </script> in a title: nothing can close the script element", () => {
    const incident = hostile.incidents[0];
    const json = serializeJsonLd(incidentJsonLd(hostile, incident));
    expect(json).not.toMatch(/<\/?script/i);
    expect(json).not.toContain("<");
    const [live] = JSON.parse(json);
    expect(live.headline).toBe("Breach ]]> & <b>bold</b> </script>");
    expect(live.liveBlogUpdate[1].headline).toBe("One: AT&T <script>alert(3)</script>");
  });
});

describe("embed", () => {
  it("the banner escapes every field and links to the timeline", () => {
    const html = embedBannerHtml(hostile);
    expect(html).not.toContain("<b>bold</b>");
    expect(html).toContain("Breach ]]&gt; &amp; &lt;b&gt;bold&lt;/b&gt; &lt;/script&gt;");
    expect(html).toContain('href="https://status.example.org/incidents/breach/" target="_top"');
    expect(html).not.toMatch(/<script/i);
  });

  it("the status JSON names the featured incident's phase and last update", () => {
    expect(embedStatus(fixture).incident).toMatchObject({ id: "cyber-attack", phase: "recovering", lastUpdated: "2025-03-31T09:30:00+01:00" });
  });
});

describe("sitemap pages", () => {
  it("never include a draft's page", () => {
    expect([...sitePages(fixture).keys()].filter((p) => p.includes("d-draft"))).toEqual([]);
  });
});

describe("editor JSON Schemas", () => {
  it("in schemas/ are the ones the zod schemas generate now (run npm run schemas)", () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      expect(JSON.parse(readFileSync(`schemas/${name}.schema.json`, "utf8")), name).toEqual(schema);
    }
  });
});
