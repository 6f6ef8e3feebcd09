import type { Phase, ServiceStatus } from "@/lib/content/schemas";
import { PHASE_LABELS, STATUS_LABELS } from "@/lib/labels";

/** A service status in words, the same colour everywhere, never colour alone. */
export function StatusTag({ status }: { status: ServiceStatus }) {
  return (
    <strong className="tag" data-status={status}>
      {STATUS_LABELS[status]}
    </strong>
  );
}

export function PhaseTag({ phase }: { phase: Phase }) {
  return (
    <strong className="tag" data-phase-tag={phase}>
      {PHASE_LABELS[phase]}
    </strong>
  );
}
