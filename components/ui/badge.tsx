import type { ReactNode } from "react";
import { cn } from "./cn";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

const tones: Record<BadgeTone, string> = {
  neutral: "bg-surface-muted text-muted ring-border-strong/70",
  info: "bg-info/10 text-info ring-info/25",
  success: "bg-success/10 text-success ring-success/25",
  warning: "bg-warning/10 text-warning ring-warning/30",
  danger: "bg-danger/10 text-danger ring-danger/25",
};

export function Badge({ tone = "neutral", className, children }: { tone?: BadgeTone; className?: string; children?: ReactNode }) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}

/** HIT, assignment, qualification, qualification-request and account statuses as MTurk names them. */
const statusTones: Record<string, BadgeTone> = {
  Assignable: "success",
  Unassignable: "info",
  Reviewable: "warning",
  Reviewing: "info",
  Disposed: "neutral",
  Accepted: "info",
  Submitted: "warning",
  Approved: "success",
  Rejected: "danger",
  Returned: "neutral",
  Abandoned: "neutral",
  Pending: "warning",
  Declined: "danger",
  Active: "success",
  Suspended: "danger",
  Granted: "success",
  Revoked: "danger",
  // Review policy actions (MTurk's ReviewActionStatus).
  Succeeded: "success",
  Failed: "danger",
  Cancelled: "neutral",
  Intermediate: "info",
  // Notification deliveries.
  Delivered: "success",
  Retrying: "warning",
  Skipped: "neutral",
};

export function StatusBadge({ status, className }: { status: string; className?: string }) {
  const tone = Object.hasOwn(statusTones, status) ? statusTones[status] : "neutral";
  return (
    <Badge tone={tone} className={className}>
      <span aria-hidden="true" className="size-1.5 rounded-full bg-current" />
      {status}
    </Badge>
  );
}
