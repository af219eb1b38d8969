import { formatDuration } from "@/components/ui/format";
import type { requesterCard } from "@/lib/workers/requester-card";

type Card = Awaited<ReturnType<typeof requesterCard>>;
const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);

/** What MTurk does not tell workers about a requester, from Piecework's own records. */
export function RequesterCard({ name, card }: { name: string; card: Card }) {
  const items: [string, string, string][] = [
    ["Approval rate", pct(card.approvalRate), card.reviewed === 0 ? "No reviewed work yet" : `of ${card.reviewed} reviewed`],
    ["Average time to review", card.avgReviewSeconds === null ? "—" : formatDuration(card.avgReviewSeconds), "from submission to decision"],
    ["Workers paid", String(card.workersPaid), "distinct workers approved"],
    ["Rejections, last 30 days", pct(card.rejectionRate30d), "of the work reviewed"],
    ["Rejections overturned", String(card.rejectionsOverturned), "later approved after all"],
  ];
  return (
    <section aria-labelledby="requester-card" className="rounded-xl border border-border bg-surface p-4">
      <h2 id="requester-card" className="text-sm font-semibold">About {name}</h2>
      <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-5">
        {items.map(([label, value, hint]) => (
          <div key={label}>
            <dt className="text-xs text-muted">{label}</dt>
            <dd className="text-base font-semibold tabular-nums">{value}</dd>
            <dd className="text-xs text-muted">{hint}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
