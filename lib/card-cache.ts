/**
 * Social cards take tens of milliseconds each to draw, and a site has one per update. A
 * card depends only on what it shows, so each is kept in node_modules/.cache by a hash of
 * that and drawn again only when it changes: a rebuild after one new update draws the new
 * card and its incident's, not all of them.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const DIR = join(process.cwd(), "node_modules", ".cache", "council-incident-status", "cards");

export async function cachedPng(inputs: unknown, version: string, draw: () => Promise<ArrayBuffer>): Promise<Uint8Array> {
  const key = createHash("sha256").update(version).update(JSON.stringify(inputs)).digest("hex").slice(0, 32);
  const file = join(DIR, `${key}.png`);
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    // Not drawn yet.
  }
  const png = new Uint8Array(await draw());
  try {
    mkdirSync(DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, file);
  } catch {
    // A read-only checkout still builds; it just draws every time.
  }
  return png;
}
