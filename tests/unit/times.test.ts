/**
 * Times as a comms officer writes them and as residents read them: offsets are exact,
 * naive times are wall-clock times in the site's zone (BST included), times the clocks
 * skip or repeat are errors that say which offset to add, and the display is plain
 * British style ("Monday 24 November 2025, 9:30am").
 *
 * The property tests check parseTime against an independent oracle built straight on
 * Intl (not on lib/content/times.ts).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatClock,
  formatDate,
  formatDateTime,
  isoInZone,
  isTimeZone,
  parseTime,
  wallClockString,
  zoneAbbreviation,
} from "@/lib/content/times";

const LONDON = "Europe/London";
const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s);
const instantOf = (text: string, zone = LONDON) => {
  const r = parseTime(text, zone);
  if (!r.ok) throw new Error(r.message);
  return r.instant;
};
const errorOf = (text: unknown, zone = LONDON) => {
  const r = parseTime(text, zone);
  if (r.ok) throw new Error(`expected an error for ${String(text)}, got ${new Date(r.instant).toISOString()}`);
  return r.message;
};

describe("parseTime: offsets are exact", () => {
  it.each([
    ["2025-11-24T09:30:00Z", utc(2025, 11, 24, 9, 30)],
    ["2025-11-24T10:30:00+01:00", utc(2025, 11, 24, 9, 30)],
    ["2025-11-24 10:30+01:00", utc(2025, 11, 24, 9, 30)],
    ["2025-11-24T10:30+0100", utc(2025, 11, 24, 9, 30)],
    ["2025-11-24T04:30-05:00", utc(2025, 11, 24, 9, 30)],
    ["2025-07-01T09:30:00Z", utc(2025, 7, 1, 9, 30)],
    ["2025-07-01t09:30z", utc(2025, 7, 1, 9, 30)],
    ["2025-11-24T09:30:15.250Z", utc(2025, 11, 24, 9, 30, 15) + 250],
  ])("%s", (text, expected) => {
    expect(instantOf(text)).toBe(expected);
    // An offset means the same instant whatever the site's zone.
    expect(instantOf(text, "America/New_York")).toBe(expected);
  });

  it("accepts an offset on a wall-clock time that would otherwise be ambiguous or skipped", () => {
    expect(instantOf("2025-10-26 01:30+01:00")).toBe(utc(2025, 10, 26, 0, 30));
    expect(instantOf("2025-10-26 01:30+00:00")).toBe(utc(2025, 10, 26, 1, 30));
    expect(instantOf("2025-03-30 01:30+00:00")).toBe(utc(2025, 3, 30, 1, 30));
  });
});

describe("parseTime: naive times in Europe/London", () => {
  it("reads a winter time as GMT", () => {
    expect(instantOf("2025-11-24 09:30")).toBe(utc(2025, 11, 24, 9, 30));
    expect(instantOf("2025-11-24T09:30")).toBe(utc(2025, 11, 24, 9, 30));
    expect(instantOf("2025-11-24 9:30")).toBe(utc(2025, 11, 24, 9, 30));
  });

  it("reads a summer time as BST, not as UTC (YAML's rule for bare timestamps does not apply)", () => {
    expect(instantOf("2025-07-01 09:30")).toBe(utc(2025, 7, 1, 8, 30));
    expect(instantOf("2025-07-01T09:30:45")).toBe(utc(2025, 7, 1, 8, 30, 45));
  });

  it("handles the minutes either side of the clocks going forward (30 March 2025)", () => {
    expect(instantOf("2025-03-30 00:59")).toBe(utc(2025, 3, 30, 0, 59));
    expect(instantOf("2025-03-30 02:00")).toBe(utc(2025, 3, 30, 1, 0));
    for (const skipped of ["2025-03-30 01:00", "2025-03-30 01:30", "2025-03-30 01:59"]) {
      expect(errorOf(skipped)).toBe(
        `"${skipped}" does not exist in Europe/London: the clocks went forward past it. Add an offset to say which instant you mean, e.g. "${skipped}+00:00"`,
      );
    }
  });

  it("handles the minutes either side of the clocks going back (26 October 2025)", () => {
    expect(instantOf("2025-10-26 00:59")).toBe(utc(2025, 10, 25, 23, 59));
    expect(instantOf("2025-10-26 02:00")).toBe(utc(2025, 10, 26, 2, 0));
    for (const repeated of ["2025-10-26 01:00", "2025-10-26 01:30", "2025-10-26 01:59"]) {
      expect(errorOf(repeated)).toBe(
        `"${repeated}" happens twice in Europe/London (the clocks went back): add an offset to say which, "${repeated}+01:00" (the first) or "${repeated}+00:00" (the second)`,
      );
    }
  });
});

describe("parseTime: other zones", () => {
  const NY = "America/New_York";

  it("reads New York wall-clock times in EST and EDT", () => {
    expect(instantOf("2025-01-15 09:00", NY)).toBe(utc(2025, 1, 15, 14, 0));
    expect(instantOf("2025-07-15 09:00", NY)).toBe(utc(2025, 7, 15, 13, 0));
  });

  it("rejects the skipped hour in New York (9 March 2025, 02:30)", () => {
    expect(errorOf("2025-03-09 02:30", NY)).toBe(
      '"2025-03-09 02:30" does not exist in America/New_York: the clocks went forward past it. Add an offset to say which instant you mean, e.g. "2025-03-09 02:30-05:00"',
    );
  });

  it("rejects the repeated hour in New York (2 November 2025, 01:30)", () => {
    expect(errorOf("2025-11-02 01:30", NY)).toBe(
      '"2025-11-02 01:30" happens twice in America/New_York (the clocks went back): add an offset to say which, "2025-11-02 01:30-04:00" (the first) or "2025-11-02 01:30-05:00" (the second)',
    );
  });

  it("handles Lord Howe Island's half-hour clock change", () => {
    const LH = "Australia/Lord_Howe";
    expect(errorOf("2025-10-05 02:15", LH)).toBe(
      '"2025-10-05 02:15" does not exist in Australia/Lord_Howe: the clocks went forward past it. Add an offset to say which instant you mean, e.g. "2025-10-05 02:15+10:30"',
    );
    expect(errorOf("2025-04-06 01:45", LH)).toBe(
      '"2025-04-06 01:45" happens twice in Australia/Lord_Howe (the clocks went back): add an offset to say which, "2025-04-06 01:45+11:00" (the first) or "2025-04-06 01:45+10:30" (the second)',
    );
    expect(instantOf("2025-04-06 01:29", LH)).toBe(utc(2025, 4, 5, 14, 29));
    expect(instantOf("2025-04-06 02:00", LH)).toBe(utc(2025, 4, 5, 15, 30));
  });

  it("reads a zone with no clock changes", () => {
    expect(instantOf("2025-06-01 09:00", "Asia/Kolkata")).toBe(utc(2025, 6, 1, 3, 30));
  });
});

describe("parseTime: what is not a time", () => {
  it("rejects a date alone", () => {
    expect(errorOf("2025-11-24")).toBe('expected a date and a time, found a date alone ("2025-11-24"): add the time, e.g. "2025-11-24 09:30"');
  });

  it("rejects dates not in the calendar and times past 23:59", () => {
    expect(errorOf("2025-02-29 09:30")).toBe('expected a real calendar date, found "2025-02-29 09:30"');
    expect(instantOf("2024-02-29 09:30")).toBe(utc(2024, 2, 29, 9, 30));
    expect(errorOf("2025-13-01 09:30")).toBe('expected a real calendar date, found "2025-13-01 09:30"');
    expect(errorOf("2025-11-24 24:00")).toBe('expected a time between 00:00 and 23:59, found "2025-11-24 24:00"');
  });

  it("rejects British-style dates and words", () => {
    expect(errorOf("24/11/2025 09:30")).toBe(
      'expected a date and time such as 2025-11-24 09:30 (or with an offset: 2025-11-24T09:30:00Z), found "24/11/2025 09:30"',
    );
  });

  it("rejects values YAML gives as numbers or nothing", () => {
    expect(errorOf(20251124)).toBe("expected a date and time such as 2025-11-24 09:30, found 20251124");
    expect(errorOf(null)).toBe("expected a date and time such as 2025-11-24 09:30, found an empty value");
    expect(errorOf(["2025-11-24 09:30"])).toBe("expected a date and time such as 2025-11-24 09:30, found a list");
  });
});

describe("formatting for readers", () => {
  it("writes dates and times in plain British style", () => {
    expect(formatDateTime(utc(2025, 11, 24, 9, 30), LONDON)).toBe("Monday 24 November 2025, 9:30am");
    expect(formatDateTime(utc(2025, 7, 1, 8, 30), LONDON)).toBe("Tuesday 1 July 2025, 9:30am");
    expect(formatDate(utc(2025, 7, 1, 23, 30), LONDON)).toBe("2 July 2025");
  });

  it("writes noon as 12pm, midnight as 12am and never the words midnight or noon", () => {
    expect(formatClock(utc(2025, 11, 24, 12, 0), LONDON)).toBe("12pm");
    expect(formatClock(utc(2025, 11, 24, 0, 0), LONDON)).toBe("12am");
    expect(formatClock(utc(2025, 11, 24, 23, 59), LONDON)).toBe("11:59pm");
    expect(formatClock(utc(2025, 11, 24, 12, 5), LONDON)).toBe("12:05pm");
    expect(formatClock(utc(2025, 11, 24, 0, 1), LONDON)).toBe("12:01am");
    expect(formatClock(utc(2025, 11, 24, 13, 0), LONDON)).toBe("1pm");
    expect(formatDateTime(utc(2025, 11, 24, 0, 0), LONDON)).toBe("Monday 24 November 2025, 12am");
  });

  it("shows midnight BST as the next day", () => {
    expect(formatDateTime(utc(2025, 7, 1, 23, 0), LONDON)).toBe("Wednesday 2 July 2025, 12am");
  });

  it("gives <time datetime> the exact instant with the zone's offset", () => {
    expect(isoInZone(utc(2025, 11, 24, 9, 30), LONDON)).toBe("2025-11-24T09:30:00+00:00");
    expect(isoInZone(utc(2025, 7, 1, 8, 30), LONDON)).toBe("2025-07-01T09:30:00+01:00");
    expect(isoInZone(utc(2025, 7, 1, 8, 30), "America/New_York")).toBe("2025-07-01T04:30:00-04:00");
    expect(isoInZone(utc(2025, 1, 1, 0, 0), "Australia/Lord_Howe")).toBe("2025-01-01T11:00:00+11:00");
    expect(isoInZone(utc(2025, 7, 1, 0, 0), "Australia/Lord_Howe")).toBe("2025-07-01T10:30:00+10:30");
    expect(isoInZone(utc(2025, 6, 1, 3, 30), "Asia/Kolkata")).toBe("2025-06-01T09:00:00+05:30");
  });

  it("names GMT and BST for citations", () => {
    expect(zoneAbbreviation(utc(2025, 11, 24, 9, 30), LONDON)).toBe("GMT");
    expect(zoneAbbreviation(utc(2025, 7, 1, 9, 30), LONDON)).toBe("BST");
  });

  it("writes a wall-clock string the scaffolder can put in a file and read back", () => {
    expect(wallClockString(utc(2025, 7, 1, 8, 30), LONDON)).toBe("2025-07-01 09:30");
    expect(instantOf(wallClockString(utc(2025, 7, 1, 8, 30), LONDON))).toBe(utc(2025, 7, 1, 8, 30));
  });

  it("knows real zones and not made-up ones", () => {
    expect(isTimeZone("Europe/London")).toBe(true);
    expect(isTimeZone("Europe/Londn")).toBe(false);
  });
});

// ---------------------------------------------------------------------------------
// Property tests against an independent oracle.

const ZONES = ["Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "America/St_Johns"];

const oracleFormatters = new Map<string, Intl.DateTimeFormat>();
/** The wall clock at `t` in `zone`, "YYYY-MM-DD HH:MM:SS", straight from Intl. */
function wallOf(t: number, zone: string): string {
  let f = oracleFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    oracleFormatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}
/** "YYYY-MM-DD HH:MM:SS" read as if it were UTC, in ms. */
const wallMs = (wall: string) => Date.parse(`${wall.replace(" ", "T")}Z`);
const offsetOf = (t: number, zone: string) => wallMs(wallOf(t, zone)) - t;

interface Transition {
  zone: string;
  at: number;
  before: number;
  after: number;
}
/** Every offset change from 2020 to 2030, found by a daily scan and a bisection. */
function transitions(zone: string): Transition[] {
  const found: Transition[] = [];
  const DAY = 86_400_000;
  for (let t = utc(2020, 1, 1); t < utc(2031, 1, 1); t += DAY) {
    const before = offsetOf(t, zone);
    const after = offsetOf(t + DAY, zone);
    if (before === after) continue;
    let lo = t;
    let hi = t + DAY;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (offsetOf(mid, zone) === before) lo = mid;
      else hi = mid;
    }
    found.push({ zone, at: hi, before, after });
  }
  return found;
}
const TRANSITIONS = ZONES.flatMap(transitions);

const HOUR = 3_600_000;
const seconds = (min: number, max: number) => fc.integer({ min: min / 1000, max: max / 1000 }).map((s) => s * 1000);
const anyInstant = seconds(utc(1990, 1, 1), utc(2040, 1, 1));
const anyZone = fc.constantFrom(...ZONES);
/** An instant in a zone, half the time within three hours of a clock change. */
const zonedInstant = fc.oneof(
  fc.record({ zone: anyZone, t: anyInstant }),
  fc
    .record({ tr: fc.constantFrom(...TRANSITIONS), delta: seconds(-3 * HOUR, 3 * HOUR) })
    .map(({ tr, delta }) => ({ zone: tr.zone, t: tr.at + delta })),
);

describe("properties", () => {
  it("found clock changes in every zone that has them (the oracle works)", () => {
    const zonesWithChanges = new Set(TRANSITIONS.map((t) => t.zone));
    expect([...zonesWithChanges].sort()).toEqual(["America/New_York", "America/St_Johns", "Australia/Lord_Howe", "Europe/London"]);
    // London changes twice a year, at 01:00 UTC.
    const london = TRANSITIONS.filter((t) => t.zone === LONDON);
    expect(london).toHaveLength(22);
    expect(london.map((t) => new Date(t.at).getUTCHours())).toEqual(Array(22).fill(1));
  });

  it("the wall clock of any instant reads back as that instant, unless the clocks repeat it (then it is an error)", () => {
    fc.assert(
      fc.property(zonedInstant, ({ zone, t }) => {
        const wall = wallOf(t, zone);
        const result = parseTime(wall, zone);
        // Repeated: another instant within two hours has the same wall clock.
        const twin = [-2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2].some((h) => wallOf(t + h * HOUR, zone) === wall);
        if (twin) {
          expect(result.ok).toBe(false);
          expect(!result.ok && result.message).toContain(`happens twice in ${zone}`);
        } else {
          expect(result).toEqual({ ok: true, instant: t });
        }
      }),
      { numRuns: 400 },
    );
  });

  it("a wall-clock time near a clock change is read, or rejected as skipped or repeated, exactly as the clocks say", () => {
    const nearChange = fc.record({ tr: fc.constantFrom(...TRANSITIONS), minutes: fc.integer({ min: -180, max: 180 }) });
    fc.assert(
      fc.property(nearChange, ({ tr, minutes }) => {
        // A wall-clock time as the writer would type it, near the change.
        const wall = new Date(tr.at + tr.before + minutes * 60_000).toISOString().slice(0, 16).replace("T", " ");
        const candidates = [...new Set([tr.before, tr.after])]
          .map((off) => wallMs(`${wall}:00`) - off)
          .filter((t) => wallOf(t, tr.zone) === `${wall}:00`)
          .sort((a, b) => a - b);
        const result = parseTime(wall, tr.zone);
        if (candidates.length === 1) {
          expect(result).toEqual({ ok: true, instant: candidates[0] });
          return;
        }
        expect(result.ok).toBe(false);
        const message = result.ok ? "" : result.message;
        const suggestions = [...message.matchAll(/"([^"]+[+-]\d\d:\d\d)"/g)].map((m) => m[1]);
        if (candidates.length === 0) {
          expect(message).toContain("does not exist");
          expect(suggestions).toHaveLength(1);
          // The suggested fix is accepted as written.
          expect(parseTime(suggestions[0], tr.zone).ok).toBe(true);
        } else {
          expect(message).toContain("happens twice");
          // The two suggestions are the two instants, first first.
          expect(suggestions.map((s) => instantOf(s, tr.zone))).toEqual(candidates);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("an offset time always reads back as exactly the instant it was written from", () => {
    const offsetMinutes = fc.integer({ min: -12 * 4, max: 14 * 4 }).map((q) => q * 15);
    fc.assert(
      fc.property(anyInstant, offsetMinutes, anyZone, fc.boolean(), (t, off, zone, withT) => {
        const local = new Date(t + off * 60_000).toISOString().slice(0, 19);
        const sign = off < 0 ? "-" : "+";
        const abs = Math.abs(off);
        const offset = off === 0 && withT ? "Z" : `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
        const text = `${withT ? local : local.replace("T", " ")}${offset}`;
        expect(parseTime(text, zone)).toEqual({ ok: true, instant: t });
        expect(parseTime(isoInZone(t, zone), zone)).toEqual({ ok: true, instant: t });
      }),
      { numRuns: 300 },
    );
  });

  it("isoInZone shows the zone's wall clock and offset at that instant", () => {
    fc.assert(
      fc.property(zonedInstant, ({ zone, t }) => {
        const iso = isoInZone(t, zone);
        expect(iso.slice(0, 19).replace("T", " ")).toBe(wallOf(t, zone));
        const off = offsetOf(t, zone) / 60_000;
        const sign = off < 0 ? "-" : "+";
        expect(iso.slice(19)).toBe(`${sign}${String(Math.floor(Math.abs(off) / 60)).padStart(2, "0")}:${String(Math.abs(off) % 60).padStart(2, "0")}`);
      }),
      { numRuns: 200 },
    );
  });

  it("every displayed time is plain British style and shows the zone's wall clock", () => {
    const DISPLAY =
      /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) ([1-9]|[12]\d|3[01]) (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}, (1[0-2]|[1-9])(:[0-5]\d)?(am|pm)$/;
    fc.assert(
      fc.property(zonedInstant, ({ zone, t }) => {
        const shown = formatDateTime(t, zone);
        expect(shown).toMatch(DISPLAY);
        const [, hh, mm] = /(\d\d):(\d\d):\d\d$/.exec(wallOf(t, zone))!;
        const hour = Number(hh);
        const expectedClock = `${hour % 12 === 0 ? 12 : hour % 12}${mm === "00" ? "" : `:${mm}`}${hour < 12 ? "am" : "pm"}`;
        expect(shown.endsWith(`, ${expectedClock}`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
