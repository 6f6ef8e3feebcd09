/**
 * The words the site shows for statuses and phases: adjectives a resident understands,
 * the same on every page, the board, the timeline and the feeds.
 */
import type { Phase, ServiceStatus } from "./content/schemas";

export const STATUS_LABELS: Record<ServiceStatus, string> = {
  operational: "Working normally",
  degraded: "Some problems",
  "partial-outage": "Partly unavailable",
  "major-outage": "Unavailable",
  suspended: "Switched off as a precaution",
};

export const PHASE_LABELS: Record<Phase, string> = {
  investigating: "Investigating",
  identified: "Cause found",
  recovering: "Restoring services",
  monitoring: "Monitoring",
  resolved: "Resolved",
};

/** What each phase means, for the timeline's explanation. */
export const PHASE_DESCRIPTIONS: Record<Phase, string> = {
  investigating: "We know something is wrong and are finding out what.",
  identified: "We know what happened and are working on it.",
  recovering: "We are bringing services back safely.",
  monitoring: "Services are back and we are watching closely.",
  resolved: "The incident is over.",
};

/** "4 services unavailable, 2 with problems" for the board's summary line. */
export function boardSummary(statuses: readonly ServiceStatus[]): string {
  const count = (s: ServiceStatus[]) => statuses.filter((x) => s.includes(x)).length;
  const down = count(["major-outage"]);
  const off = count(["suspended"]);
  const problems = count(["partial-outage", "degraded"]);
  const parts: string[] = [];
  const services = (n: number) => `${n} ${n === 1 ? "service" : "services"}`;
  if (down) parts.push(`${services(down)} unavailable`);
  if (off) parts.push(`${parts.length ? off : services(off)} switched off as a precaution`);
  if (problems) parts.push(`${parts.length ? problems : services(problems)} with problems`);
  if (parts.length === 0) {
    if (statuses.length === 0) return "No services are listed";
    return statuses.length === 1 ? "The 1 service is working normally" : `All ${statuses.length} services are working normally`;
  }
  const ok = count(["operational"]);
  if (ok) parts.push(`${ok} working normally`);
  return parts.join(", ");
}
