/**
 * `npm run new -- <incident> "<title>"`: writes a new update file for an incident, with
 * the current time in the site's time zone, the incident's current phase and a body to
 * fill in, and prints its path. The file starts as a draft, so a half-written update is
 * never published: set `draft: false` (or delete the line) when it is ready.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { stringify } from "yaml";
import { incidentState, publishedOnly } from "../lib/content/derive";
import { contentDir, loadContent } from "../lib/content/load";
import { didYouMean } from "../lib/content/problems";
import { isoInZone, parseTime, wallClockString } from "../lib/content/times";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

export function updateSlug(date: string, title: string): string {
  const words = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const trimmed = words.length > 60 ? words.slice(0, 60).replace(/-[^-]*$/, "") : words;
  return [date, trimmed].filter(Boolean).join("-");
}

function main() {
  const [incidentSlug, ...titleWords] = process.argv.slice(2);
  const title = titleWords.join(" ").trim();
  if (!incidentSlug || !title) fail('Usage: npm run new -- <incident> "<title of the update>"');
  const dir = contentDir();
  const { content } = loadContent(dir);
  if (!content) fail("The content folder cannot be read yet: run npm run check and fix site.md first.");
  const incident = content.incidents.find((i) => i.slug === incidentSlug);
  if (!incident) {
    const slugs = content.incidents.map((i) => i.slug);
    fail(`There is no incident "${incidentSlug}"${didYouMean(incidentSlug, slugs)}. Incidents: ${slugs.join(", ") || "none yet"}.`);
  }
  const zone = content.site.timezone;
  const instant = Date.now();
  let now = wallClockString(instant, zone);
  // In the hour repeated when the clocks go back, a wall-clock time is ambiguous: say which.
  if (!parseTime(now, zone).ok) now = isoInZone(instant, zone).slice(0, 16).replace("T", " ") + isoInZone(instant, zone).slice(19);
  const phase = incidentState(incident, publishedOnly(content).updates).phase;
  let slug = updateSlug(now.slice(0, 10), title);
  const folder = join(dir, "incidents", incident.slug, "updates");
  for (let n = 2; existsSync(join(folder, `${slug}.md`)); n++) slug = `${updateSlug(now.slice(0, 10), title)}-${n}`;
  const file = join(folder, `${slug}.md`);
  const frontmatter = stringify({ title, published: now, phase, draft: true }, { lineWidth: 0 });
  const body = `
What has happened, in one or two short sentences. This first paragraph is the summary
shown on the home page and in feeds.

## What this means for you

- Which services are affected, and what to do instead.

## What we are doing

- What we are doing about it, and when we will update this page next.
`;
  writeFileSync(file, `---\n${frontmatter}---\n${body}`, { flag: "wx" });
  console.log(relative(process.cwd(), file));
  console.error(`Written as a draft at ${now} (${zone}), phase "${phase}". Edit it, run npm run check, then set draft: false to publish.`);
}

if (process.argv[1]?.endsWith("new-update.ts")) main();
