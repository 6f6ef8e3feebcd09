import type { Phase, ServiceStatus } from "@/lib/content/schemas";
import type { PageLanguage } from "@/lib/i18n/page";

/** A service status in words, the same colour everywhere, never colour alone. */
export function StatusTag({ status, ui }: { status: ServiceStatus; ui: PageLanguage }) {
  return (
    <strong className="tag" data-status={status}>
      {ui.t.statuses[status]}
    </strong>
  );
}

export function PhaseTag({ phase, ui }: { phase: Phase; ui: PageLanguage }) {
  return (
    <strong className="tag" data-phase-tag={phase}>
      {ui.t.phases[phase]}
    </strong>
  );
}
