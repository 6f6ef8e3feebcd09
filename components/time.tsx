import { isoInZone } from "@/lib/content/times";
import { formatTime, type PageLanguage } from "@/lib/i18n/page";

/** A time in the site's zone, in the page's language, with the exact instant for machines. */
export function Time({ instant, ui }: { instant: number; ui: PageLanguage }) {
  return <time dateTime={isoInZone(instant, ui.zone)}>{formatTime(ui, instant)}</time>;
}
