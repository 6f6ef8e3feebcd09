/**
 * How an incident's updates are laid out over its timeline pages, so that every page
 * stays small (one network round trip, 14 KB gzip) however long the incident runs:
 *
 * - the incident's page (`/incidents/<incident>/`) shows the latest updates in full,
 *   newest first, then the ones before them as a short dated list of linked titles, then
 *   a list of the timeline's pages;
 * - the timeline's pages hold every update in full, oldest first, a fixed number each,
 *   counted from the first update: `/incidents/<incident>/oldest-first/` is updates 1 to
 *   10, `/oldest-first/2/` updates 11 to 20, and so on. New updates only ever add to the
 *   last page, so a page's address and what it holds do not change (unless an update is
 *   published with an earlier time than ones already out).
 *
 * Pure: no React, no file system. The pages, the checker's link rules and the sitemap all
 * use this one layout.
 */

/** Updates in full on each of the timeline's pages (oldest first). */
export const UPDATES_PER_PAGE = 10;
/** The latest updates shown in full on the incident's page. */
export const LATEST_IN_FULL = 5;
/** Updates before those, listed by date and title on the incident's page. */
export const EARLIER_IN_BRIEF = 15;

export interface TimelineEntry {
  slug: string;
}

export interface TimelineLayout<T extends TimelineEntry> {
  /** Every update of the incident, oldest first. */
  updates: readonly T[];
  /** The timeline's pages, oldest first: pages[0] is page 1. Always at least one (maybe empty). */
  pages: T[][];
  /** On the incident's page, in full, newest first. */
  latestInFull: T[];
  /** On the incident's page as a dated, linked title, newest first (after latestInFull). */
  earlierInBrief: T[];
  /** The page number (1-based) that holds an update in full. */
  pageOf: Map<string, number>;
}

/** The layout of one incident's updates, given oldest first. */
export function timelineLayout<T extends TimelineEntry>(updates: readonly T[]): TimelineLayout<T> {
  const pages: T[][] = [];
  for (let i = 0; i < updates.length; i += UPDATES_PER_PAGE) pages.push(updates.slice(i, i + UPDATES_PER_PAGE));
  if (pages.length === 0) pages.push([]);
  const pageOf = new Map<string, number>();
  pages.forEach((page, i) => page.forEach((u) => pageOf.set(u.slug, i + 1)));
  const newestFirst = [...updates].reverse();
  return {
    updates,
    pages,
    latestInFull: newestFirst.slice(0, LATEST_IN_FULL),
    earlierInBrief: newestFirst.slice(LATEST_IN_FULL, LATEST_IN_FULL + EARLIER_IN_BRIEF),
    pageOf,
  };
}

/** The first and last of a page's updates are numbered from 1 (the incident's first update). */
export function pageRange(page: number, layout: TimelineLayout<TimelineEntry>): { first: number; last: number } {
  const first = (page - 1) * UPDATES_PER_PAGE + 1;
  return { first, last: first + layout.pages[page - 1].length - 1 };
}
