/**
 * Small content folders written to temporary directories, so each checker rule is tested
 * on the smallest folder that shows it. `baseFiles()` is a valid folder; a test replaces
 * or adds the files it is about (`null` removes one) and reads the formatted problems.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import { loadContent, type LoadResult } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";

export type Files = Record<string, string | Buffer | null>;

export const SITE = `---
title: Test council status
url: https://status.example.org.uk
organisations:
  - id: rbkc
    name: Kensington and Chelsea
    url: https://www.rbkc.gov.uk
  - id: westminster
    name: Westminster
    url: https://www.westminster.gov.uk
---

About this page.
`;

export const INCIDENT = `---
title: Cyber attack
summary: Some systems are down.
started: 2025-11-24 07:00
organisations:
  - rbkc
---

Background.
`;

export const UPDATE = `---
title: We found a problem
published: 2025-11-24 09:30
phase: investigating
services:
  parking-permits: major-outage
---

We found unusual activity on our systems.
`;

export const SERVICE = `---
name: Parking permits
organisations:
  - rbkc
---

More detail.
`;

export const ADVICE = `---
title: Report fraud
---

How to report fraud.
`;

/** Paths of the base folder's files, for overriding them. */
export const PATHS = {
  site: "site.md",
  incident: "incidents/attack/index.md",
  update: "incidents/attack/updates/first.md",
  service: "services/parking-permits.md",
  advice: "advice/report-fraud.md",
} as const;

/** A valid folder: one incident with one update naming one service, and one advice section. */
export function baseFiles(): Files {
  return {
    [PATHS.site]: SITE,
    [PATHS.incident]: INCIDENT,
    [PATHS.update]: UPDATE,
    [PATHS.service]: SERVICE,
    [PATHS.advice]: ADVICE,
  };
}

/** An advice file with the given Markdown body (for link and HTML rules). */
export function adviceWithBody(body: string): string {
  return `---\ntitle: Report fraud\n---\n\n${body}\n`;
}

const created: string[] = [];
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (path → contents; `null` skips) to a fresh temporary folder. */
export function writeFixture(files: Files): string {
  const dir = mkdtempSync(join(tmpdir(), "content-fixture-"));
  created.push(dir);
  for (const [path, contents] of Object.entries(files)) {
    if (contents === null) continue;
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, contents);
  }
  return dir;
}

/** Loads the base folder with `overrides` applied. Images are looked up in an empty public/. */
export function load(overrides: Files = {}): LoadResult & { dir: string } {
  const dir = writeFixture({ ...baseFiles(), ...overrides });
  return { ...loadContent(dir, { publicDir: join(dir, "public") }), dir };
}

/** Every problem the checker reports for the base folder with `overrides`, as printed. */
export function check(overrides: Files = {}): string[] {
  return load(overrides).problems.map(formatProblem);
}
