import { cn } from "@/components/ui/cn";
import type { BatchProgress } from "@/lib/batches/queries";

const parts = [
  { key: "approved", label: "approved", bar: "bg-success" },
  { key: "rejected", label: "rejected", bar: "bg-danger" },
  { key: "submitted", label: "to review", bar: "bg-warning" },
  { key: "remaining", label: "remaining", bar: "bg-border-strong" },
] as const;

/** A batch's assignments as one stacked bar with its legend; the bar's label reads the same to a screen reader. */
export function BatchProgressBar({ progress, className }: { progress: BatchProgress; className?: string }) {
  const total = Math.max(1, parts.reduce((n, p) => n + progress[p.key], 0));
  const summary = parts.map((p) => `${progress[p.key].toLocaleString("en-US")} ${p.label}`).join(", ");
  return (
    <div className={cn("min-w-40 space-y-1.5", className)}>
      <div role="img" aria-label={summary} className="flex h-2 w-full overflow-hidden rounded-full bg-surface-muted ring-1 ring-border ring-inset">
        {parts.map((p) => (progress[p.key] > 0 ? <span key={p.key} className={p.bar} style={{ width: `${(progress[p.key] / total) * 100}%` }} /> : null))}
      </div>
      <p aria-hidden="true" className="text-xs text-muted tabular-nums">{summary}</p>
    </div>
  );
}
