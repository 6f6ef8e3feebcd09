/**
 * Times as the comms team writes them and as residents and journalists read them.
 *
 * - `2025-11-24T09:30:00Z`, `2025-11-24 10:30+01:00`: exactly that instant.
 * - `2025-11-24 09:30`: wall-clock time in the site's time zone (BST included). YAML's
 *   own rule that a bare timestamp is UTC never applies (the YAML core schema keeps it text).
 * - A wall-clock time skipped or repeated by a clock change is an error asking for an offset.
 *
 * Only `Intl` is used: the zone rules come from the ICU data that ships with Node.
 */

import { describeFound } from "./problems";

export type TimeResult = { ok: true; instant: number } | { ok: false; message: string };

const TIME_PATTERN =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

const EXAMPLE = "2025-11-24 09:30";

/** Parses a time field; `zone` is the site's IANA time zone. */
export function parseTime(input: unknown, zone: string): TimeResult {
  if (typeof input !== "string") {
    return { ok: false, message: `expected a date and time such as ${EXAMPLE}, found ${describeFound(input)}` };
  }
  const text = input.trim();
  const m = TIME_PATTERN.exec(text);
  if (!m) {
    return {
      ok: false,
      message: `expected a date and time such as ${EXAMPLE} (or with an offset: 2025-11-24T09:30:00Z), found "${text}"`,
    };
  }
  const [, y, mo, d, h, mi, s, frac, offset] = m;
  if (h === undefined) {
    return {
      ok: false,
      message: `expected a date and a time, found a date alone ("${text}"): add the time, e.g. "${text} 09:30"`,
    };
  }
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `expected a real calendar date, found "${text}"` };
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, message: `expected a time between 00:00 and 23:59, found "${text}"` };
  }
  if (year < 1900 || year > 2999) {
    return { ok: false, message: `expected a year from 1900 to 2999, found "${text}": check the year` };
  }
  if (offset !== undefined && Math.abs(offsetMinutes(offset)) > 14 * 60) {
    return { ok: false, message: `expected an offset from -14:00 to +14:00, found "${offset}" in "${text}"` };
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  if (offset !== undefined) {
    return { ok: true, instant: wall - offsetMinutes(offset) * 60_000 };
  }
  const candidates = wallClockInstants(wall, zone);
  if (candidates.length === 0) {
    return {
      ok: false,
      message: `"${text}" does not exist in ${zone}: the clocks went forward past it. Add an offset to say which instant you mean, e.g. "${text}${formatOffset(
        // The offset in force before the clocks changed (a day earlier is before it in every zone).
        offsetAt(wall - 86_400_000, zone),
      )}"`,
    };
  }
  if (candidates.length > 1) {
    const [first, second] = candidates.map((c) => formatOffset(offsetAt(c, zone)));
    return {
      ok: false,
      message: `"${text}" happens twice in ${zone} (the clocks went back): add an offset to say which, "${text}${first}" (the first) or "${text}${second}" (the second)`,
    };
  }
  return { ok: true, instant: candidates[0] };
}

/** Whether `zone` is an IANA time-zone name this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every IANA zone the runtime knows, for "did you mean". */
export function knownTimeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf ? intl.supportedValuesOf("timeZone") : ["Europe/London", "UTC"];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function offsetMinutes(offset: string): number {
  if (offset === "Z" || offset === "z") return 0;
  const sign = offset.startsWith("-") ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || "0"));
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      weekday: "long",
    });
    partsFormatters.set(zone, f);
  }
  return f;
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: string;
}

function zonedParts(instant: number, zone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const p of partsFormatter(zone).formatToParts(new Date(instant))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: parts.weekday,
  };
}

/** The zone's offset from UTC at `instant`, in milliseconds. */
export function offsetAt(instant: number, zone: string): number {
  // Offsets change on 15-minute boundaries in every modern zone: remember the offset of a
  // 15-minute span when it is the same at both ends (Intl is slow, and a checker run asks
  // thousands of times).
  const bucket = Math.floor(instant / QUARTER_HOUR);
  const key = `${zone} ${bucket}`;
  const known = offsetCache.get(key);
  if (known !== undefined) return known;
  const start = exactOffsetAt(bucket * QUARTER_HOUR, zone);
  const end = exactOffsetAt((bucket + 1) * QUARTER_HOUR - 1000, zone);
  if (start !== end) return exactOffsetAt(instant, zone);
  if (offsetCache.size > 100_000) offsetCache.clear();
  offsetCache.set(key, start);
  return start;
}

const QUARTER_HOUR = 15 * 60_000;
const offsetCache = new Map<string, number>();

function exactOffsetAt(instant: number, zone: string): number {
  const p = zonedParts(instant, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * Every instant whose wall clock in `zone` reads `wall` (a wall-clock time encoded as
 * if it were UTC): none in a spring-forward gap, two in an autumn overlap.
 */
function wallClockInstants(wall: number, zone: string): number[] {
  const offsets = new Set([
    offsetAt(wall - 86_400_000, zone),
    offsetAt(wall, zone),
    offsetAt(wall + 86_400_000, zone),
  ]);
  const found = new Set<number>();
  for (const off of offsets) {
    const instant = wall - off;
    if (offsetAt(instant, zone) === off) found.add(instant);
  }
  return [...found].sort((a, b) => a - b);
}

function formatOffset(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** "9:30am", "12pm", "11:59pm" (GOV.UK style: never "midnight", no ":00" on the hour). */
export function formatClock(instant: number, zone: string): string {
  const p = zonedParts(instant, zone);
  const suffix = p.hour < 12 ? "am" : "pm";
  const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
  return p.minute === 0 ? `${hour12}${suffix}` : `${hour12}:${String(p.minute).padStart(2, "0")}${suffix}`;
}

/** "24 November 2025". */
export function formatDate(instant: number, zone: string): string {
  const p = zonedParts(instant, zone);
  return `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}

/** "Monday 24 November 2025, 9:30am" in the site's zone. */
export function formatDateTime(instant: number, zone: string): string {
  const p = zonedParts(instant, zone);
  return `${p.weekday} ${p.day} ${MONTHS[p.month - 1]} ${p.year}, ${formatClock(instant, zone)}`;
}

/**
 * The exact instant for `<time datetime>`, feeds and citations: ISO 8601 with the site
 * zone's offset at that instant, e.g. `2025-07-01T09:30:00+01:00`.
 */
export function isoInZone(instant: number, zone: string): string {
  const off = offsetAt(instant, zone);
  const p = zonedParts(instant, zone);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${formatOffset(off)}`;
}

/** The zone's short name at that instant for citations ("GMT", "BST"). */
export function zoneAbbreviation(instant: number, zone: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: zone, timeZoneName: "short" }).formatToParts(
    new Date(instant),
  );
  return parts.find((p) => p.type === "timeZoneName")?.value ?? zone;
}

/** A wall-clock string for the scaffolder: `2025-11-24 09:30` in the zone. */
export function wallClockString(instant: number, zone: string): string {
  const p = zonedParts(instant, zone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}
