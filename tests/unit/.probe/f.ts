import { telHref } from "../../../lib/content/links";
import { parseTime, isoInZone } from "../../../lib/content/times";
import { boardSummary } from "../../../lib/labels";
console.log(telHref("+44 (0)20 7946 0000"), telHref("020 7946 0000"), telHref("(020) 7946 0000"), telHref("999"), telHref("+1 (212) 555 0100"));
for (const s of ["2025-10-05 02:15", "2025-04-06 01:45", "2025-04-06 01:29", "2025-04-06 02:00"]) console.log(s, JSON.stringify(parseTime(s, "Australia/Lord_Howe")));
console.log(isoInZone(Date.UTC(2025,0,1), "Australia/Lord_Howe"), isoInZone(Date.UTC(2025,6,1), "Australia/Lord_Howe"));
console.log(JSON.stringify(parseTime("2025-03-09 02:30", "America/New_York")));
console.log(boardSummary([]), "|", boardSummary(["operational"]));
console.log(JSON.stringify(parseTime("2025-11-24 09:30:15.5", "Europe/London")), JSON.stringify(parseTime("2025-11-24t09:30z", "Europe/London")), JSON.stringify(parseTime(" 2025-11-24 09:30 ", "Europe/London")));
