/**
 * Times as residents read them in each language, always in the site's time zone.
 * English keeps the project's own plain British style ("Monday 24 November 2025, 9:30am",
 * lib/content/times.ts); other languages take day and month names from Intl ("Dydd Llun
 * 24 Tachwedd 2025, 9:30yb"; Arabic "الاثنين 24 نوفمبر 2025، 9:30 ص").
 */
import { formatDate, formatDateTime } from "../content/times";
import { primarySubtag } from "./languages";

const formatters = new Map<string, { date: Intl.DateTimeFormat; clock: Intl.DateTimeFormat }>();

function formattersFor(lang: string, zone: string) {
  const key = `${lang} ${zone}`;
  let f = formatters.get(key);
  if (!f) {
    f = {
      date: new Intl.DateTimeFormat(lang, { timeZone: zone, weekday: "long", day: "numeric", month: "long", year: "numeric" }),
      clock: new Intl.DateTimeFormat(lang, { timeZone: zone, hour: "numeric", minute: "2-digit", hourCycle: "h12" }),
    };
    formatters.set(key, f);
  }
  return f;
}

/** "Monday 24 November 2025, 9:30am" in the page's language and the site's zone. */
export function formatDateTimeIn(instant: number, zone: string, lang: string): string {
  const code = primarySubtag(lang);
  if (code === "en") return formatDateTime(instant, zone);
  const { date, clock } = formattersFor(code, zone);
  const parts = date.formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const day = `${part("weekday")} ${part("day")} ${part("month")} ${part("year")}`;
  if (code === "cy") return `${day}, ${welshClock(instant, zone)}`;
  const comma = code === "ar" || code === "ur" || code === "fa" ? "،" : ",";
  return `${day}${comma} ${clock.format(new Date(instant))}`;
}

/**
 * Welsh clock times: "9:30yb" (y bore, morning), "2yh" (yr hwyr, afternoon and evening),
 * the style the Welsh Language Commissioner's guidance uses; on the hour without ":00".
 */
function welshClock(instant: number, zone: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "numeric", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(instant));
  const hour = Number(parts.find((p) => p.type === "hour")?.value) % 24;
  const minute = Number(parts.find((p) => p.type === "minute")?.value);
  const suffix = hour < 12 ? "yb" : "yh";
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minute).padStart(2, "0")}${suffix}`;
}

/** "24 November 2025": a day in the page's language and the site's zone. */
export function formatDateIn(instant: number, zone: string, lang: string): string {
  const code = primarySubtag(lang);
  if (code === "en") return formatDate(instant, zone);
  let f = dayFormatters.get(`${code} ${zone}`);
  if (!f) dayFormatters.set(`${code} ${zone}`, (f = new Intl.DateTimeFormat(code, { timeZone: zone, day: "numeric", month: "long", year: "numeric" })));
  const parts = f.formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")} ${part("month")} ${part("year")}`;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();
