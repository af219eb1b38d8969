import { cn } from "@/components/ui/cn";

export type HitCounters = { maxAssignments: number; numAvailable: number; numPending: number; numSubmitted: number; numCompleted: number };

const parts = [
  { key: "numCompleted", label: "reviewed", bar: "bg-success", dot: "bg-success" },
  { key: "numSubmitted", label: "to review", bar: "bg-warning", dot: "bg-warning" },
  { key: "numPending", label: "in progress", bar: "bg-info", dot: "bg-info" },
  { key: "numAvailable", label: "available", bar: "bg-border-strong", dot: "bg-border-strong" },
] as const;

/** Where a HIT's assignments are, as one stacked bar (reviewed, to review, in progress, available) and its legend. */
export function HitProgress({ hit, legend = true, className }: { hit: HitCounters; legend?: boolean; className?: string }) {
  // Slots an expiry closed count in maxAssignments but in no counter: they leave the bar's track empty.
  const total = Math.max(hit.maxAssignments, hit.numAvailable + hit.numPending + hit.numSubmitted + hit.numCompleted, 1);
  const summary = parts.map((p) => `${hit[p.key]} ${p.label}`).join(", ");
  return (
    <div className={cn("min-w-36 space-y-1.5", className)}>
      <div role="img" aria-label={`${summary} of ${hit.maxAssignments}`} className="flex h-2 w-full overflow-hidden rounded-full bg-surface-muted ring-1 ring-border ring-inset">
        {parts.map((p) => (hit[p.key] > 0 ? <span key={p.key} className={p.bar} style={{ width: `${(hit[p.key] / total) * 100}%` }} /> : null))}
      </div>
      {legend && (
        <ul aria-hidden="true" className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-muted">
          {parts.map((p) => (
            <li key={p.key} className="inline-flex items-center gap-1 whitespace-nowrap">
              <span className={cn("size-1.5 rounded-full", p.dot)} />
              <span className="tabular-nums text-fg">{hit[p.key]}</span> {p.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
