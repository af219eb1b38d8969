"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCents } from "@/components/ui/format";

export type MarketDay = { day: string; feesCents: number; escrowCents: number; activeWorkers: number };

/** Money held in escrow (line) and fees earned (bars) per day, with the same facts in the caption for screen readers. */
export function MoneyChart({ series }: { series: MarketDay[] }) {
  const fees = series.reduce((s, d) => s + d.feesCents, 0);
  const last = series.at(-1);
  const peak = series.reduce((m, d) => (d.escrowCents > m.escrowCents ? d : m), series[0] ?? { day: "", escrowCents: 0 });
  return (
    <figure>
      <div className="h-56 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={series} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--border)" />
            <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} tick={{ fontSize: 11, fill: "var(--text-muted)" }} interval={6} tickLine={false} axisLine={false} />
            <YAxis yAxisId="escrow" tickFormatter={(c: number) => formatCents(c)} tick={{ fontSize: 11, fill: "var(--text-muted)" }} width={64} tickLine={false} axisLine={false} />
            <YAxis yAxisId="fees" orientation="right" tickFormatter={(c: number) => formatCents(c)} tick={{ fontSize: 11, fill: "var(--text-muted)" }} width={56} tickLine={false} axisLine={false} />
            <Tooltip formatter={(c) => formatCents(Number(c))} cursor={{ fill: "var(--surface-muted)" }} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar yAxisId="fees" dataKey="feesCents" name="Fees earned" fill="var(--primary)" radius={[3, 3, 0, 0]} />
            <Line yAxisId="escrow" dataKey="escrowCents" name="In escrow" stroke="var(--warning)" strokeWidth={2} dot={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-sm text-muted">
        {`${formatCents(fees)} in fees over the last ${series.length} days. ${formatCents(last?.escrowCents ?? 0)} in escrow today` + (peak && peak.escrowCents > 0 ? `, the most was ${formatCents(peak.escrowCents)} on ${peak.day}.` : ".")}
      </figcaption>
    </figure>
  );
}

/** Workers who accepted at least one HIT each day. */
export function WorkersChart({ series }: { series: MarketDay[] }) {
  const busiest = series.reduce((m, d) => (d.activeWorkers > m.activeWorkers ? d : m), series[0] ?? { day: "", activeWorkers: 0 });
  const days = series.filter((d) => d.activeWorkers > 0).length;
  return (
    <figure>
      <div className="h-40 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={series} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--border)" />
            <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} tick={{ fontSize: 11, fill: "var(--text-muted)" }} interval={6} tickLine={false} axisLine={false} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: "var(--text-muted)" }} width={32} tickLine={false} axisLine={false} />
            <Tooltip cursor={{ fill: "var(--surface-muted)" }} />
            <Bar dataKey="activeWorkers" name="Workers active" fill="var(--info)" radius={[3, 3, 0, 0]} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-sm text-muted">
        {days === 0 ? "No worker accepted a HIT in this period." : `Workers accepted HITs on ${days} of ${series.length} days; the busiest was ${busiest.day} with ${busiest.activeWorkers}.`}
      </figcaption>
    </figure>
  );
}
