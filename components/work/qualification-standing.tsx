import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { WorkerStanding } from "@/lib/qualifications/worker-view";
import { formatQualificationValue } from "./qualification-value";

/** The one-word answer to "where am I with this qualification?", most pressing first. */
export function standingLabel(standing: WorkerStanding): { text: string; tone: BadgeTone } {
  if (standing.next.kind === "continueTest") return { text: "Test in progress", tone: "info" };
  if (standing.next.kind === "pending") return { text: "Awaiting the requester", tone: "warning" };
  if (standing.held?.status === "Granted") return { text: `Granted · ${formatQualificationValue(standing.held.value)}`, tone: "success" };
  if (standing.held?.status === "Revoked") return { text: "Revoked", tone: "danger" };
  if (standing.latest?.status === "Rejected") return { text: "Rejected", tone: "danger" };
  return { text: "Not requested", tone: "neutral" };
}

export function StandingBadge({ standing }: { standing: WorkerStanding }) {
  const { text, tone } = standingLabel(standing);
  return <Badge tone={tone}>{text}</Badge>;
}
