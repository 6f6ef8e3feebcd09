import { formatDateTime, isoInZone } from "@/lib/content/times";

/** A time in the site's zone, in British style, with the exact instant for machines. */
export function Time({ instant, zone }: { instant: number; zone: string }) {
  return <time dateTime={isoInZone(instant, zone)}>{formatDateTime(instant, zone)}</time>;
}
