import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { formatDateTime } from "@/components/ui/format";

type Bonus = { id: string; createdAt: Date; amountCents: number; feeCents: number; reason: string; worker: { name: string } };

/** Bonuses paid on one HIT, newest first. */
export function HitBonuses({ bonuses }: { bonuses: Bonus[] }) {
  const total = bonuses.reduce((s, b) => s + b.amountCents + b.feeCents, 0);
  return (
    <Card aria-label="Bonuses paid">
      <CardHeader title="Bonuses paid" description={bonuses.length > 0 ? <>Total <Money cents={total} /> with fees.</> : undefined} />
      <CardBody>
        {bonuses.length === 0 ? (
          <EmptyState title="No bonuses on this HIT" description="Pay a bonus from any submitted assignment; it shows up here." className="py-8" />
        ) : (
          <ul className="divide-y divide-border">
            {bonuses.map((b) => (
              <li key={b.id} className="py-3 first:pt-0 last:pb-0">
                <div className="flex items-start justify-between gap-4">
                  <div className="min-w-0">
                    <div className="font-medium">{b.worker.name}</div>
                    <div className="text-xs text-muted">{formatDateTime(b.createdAt)} UTC</div>
                  </div>
                  <div className="shrink-0 text-right">
                    <Money cents={b.amountCents} className="font-medium" />
                    <div className="text-xs text-muted">+ <Money cents={b.feeCents} /> fee</div>
                  </div>
                </div>
                <p className="mt-1 text-sm break-words text-muted">{b.reason}</p>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
