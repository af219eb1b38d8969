"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCents } from "@/components/ui/format";

/** Daily earnings over the last 30 days, with a text summary for screen readers. */
export function EarningsChart({ series }: { series: { day: string; cents: number }[] }) {
  const total = series.reduce((s, d) => s + d.cents, 0);
  const best = series.reduce((m, d) => (d.cents > m.cents ? d : m), series[0] ?? { day: "", cents: 0 });
  return (
    <figure>
      <div className="h-48 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          {/* The chart is decoration for sighted users; the caption below carries the same facts, so the
              chart stays out of the tab order and the accessibility tree. */}
          <BarChart data={series} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--border)" />
            <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(8)} tick={{ fontSize: 11, fill: "var(--text-muted)" }} interval={4} tickLine={false} axisLine={false} />
            <YAxis tickFormatter={(c: number) => formatCents(c)} tick={{ fontSize: 11, fill: "var(--text-muted)" }} width={56} tickLine={false} axisLine={false} allowDecimals={false} />
            <Tooltip formatter={(c) => formatCents(Number(c))} labelFormatter={(d) => String(d)} cursor={{ fill: "var(--surface-muted)" }} />
            <Bar dataKey="cents" name="Earned" fill="var(--primary)" radius={[3, 3, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-sm text-muted">
        {total === 0 ? "No earnings in the last 30 days yet." : `${formatCents(total)} earned in the last 30 days; best day ${best.day} with ${formatCents(best.cents)}.`}
      </figcaption>
    </figure>
  );
}
