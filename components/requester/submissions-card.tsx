// The submissions chart in a card, with links to switch between hourly and daily bars.
import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { ActivityPoint, Bucket } from "@/lib/batches/activity";
import { SubmissionsChart } from "./submissions-chart";

export function SubmissionsCard({ title, series, bucket, href }: { title: string; series: ActivityPoint[]; bucket: Bucket; href: (b: Bucket) => string }) {
  const link = (b: Bucket, text: string) => (
    <Link href={href(b)} aria-current={b === bucket ? "true" : undefined} className={cn("rounded px-2 py-1 text-sm", b === bucket ? "bg-surface-muted font-medium" : "text-muted underline-offset-2 hover:underline")}>
      {text}
    </Link>
  );
  return (
    <Card>
      <CardHeader title={title} actions={<nav aria-label="Chart buckets" className="flex gap-1">{link("hour", "Hourly")}{link("day", "Daily")}</nav>} />
      <CardBody><SubmissionsChart series={series} bucket={bucket} /></CardBody>
    </Card>
  );
}
