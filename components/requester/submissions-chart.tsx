"use client";

// Submissions per hour or per day as bars, with a caption that says the same for screen readers.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ActivityPoint, Bucket } from "@/lib/batches/activity";

const label = (iso: string, bucket: Bucket) => (bucket === "hour" ? `${iso.slice(5, 10)} ${iso.slice(11, 13)}:00` : iso.slice(0, 10));

export function SubmissionsChart({ series, bucket }: { series: ActivityPoint[]; bucket: Bucket }) {
  const total = series.reduce((n, p) => n + p.submissions, 0);
  const peak = series.reduce((m, p) => (p.submissions > m.submissions ? p : m), series[0] ?? { at: "", submissions: 0 });
  const span = bucket === "hour" ? `the last ${series.length} hours` : `the last ${series.length} days`;
  return (
    <figure>
      <div className="h-48 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={series} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--border)" />
            <XAxis dataKey="at" tickFormatter={(d: string) => (bucket === "hour" ? `${d.slice(11, 13)}h` : d.slice(8, 10))} tick={{ fontSize: 11, fill: "var(--text-muted)" }} interval={bucket === "hour" ? 5 : 4} tickLine={false} axisLine={false} />
            <YAxis tick={{ fontSize: 11, fill: "var(--text-muted)" }} width={40} tickLine={false} axisLine={false} allowDecimals={false} />
            <Tooltip labelFormatter={(d) => `${label(String(d), bucket)} UTC`} cursor={{ fill: "var(--surface-muted)" }} />
            <Bar dataKey="submissions" name="Submissions" fill="var(--primary)" radius={[3, 3, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-sm text-muted">
        {total === 0
          ? `No submissions in ${span}.`
          : `${total.toLocaleString("en-US")} ${total === 1 ? "submission" : "submissions"} in ${span}; busiest ${bucket} ${label(peak.at, bucket)} UTC with ${peak.submissions.toLocaleString("en-US")}.`}
      </figcaption>
    </figure>
  );
}
