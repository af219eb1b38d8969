// A batch's publish state as the database records it: rows written so far while Publishing (the page
// polls until it is done), and what to do when publishing failed or was interrupted.
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { isInterrupted } from "@/lib/batches/publish";
import { RefreshEvery } from "./refresh-while";

type PublishingBatch = { status: string; progressAt: Date | null; publishedRows: number; totalRows: number; error: string | null; project: { id: string } };

const again = (projectId: string) => (
  <Link href={`/requester/projects/${projectId}/publish`} className="font-medium underline">Upload the same file again</Link>
);

export function PublishStatus({ batch }: { batch: PublishingBatch }) {
  if (batch.status === "Failed") {
    return (
      <Alert tone="danger" title="Publishing failed: no HITs were created and nothing was charged">
        {batch.error} {again(batch.project.id)} to publish it; this batch is finished instead of a second one being made.
      </Alert>
    );
  }
  if (batch.status !== "Publishing") return null;
  if (isInterrupted(batch)) {
    return (
      <Alert tone="warning" title="Publishing was interrupted: no HITs were created and nothing was charged">
        The server stopped while writing this batch. {again(batch.project.id)} to finish it.
      </Alert>
    );
  }
  const writing = batch.publishedRows < batch.totalRows;
  const pct = Math.floor((batch.publishedRows / Math.max(1, batch.totalRows)) * 100);
  const label = writing
    ? `Writing HITs: ${batch.publishedRows.toLocaleString("en-US")} of ${batch.totalRows.toLocaleString("en-US")} rows`
    : "Opening the batch: every HIT goes live at once and the escrow is taken";
  return (
    <div className="space-y-2" aria-live="polite">
      <RefreshEvery ms={1000} renderedAt={Date.now()} />
      <div className="flex justify-between text-sm">
        <span id="publish-progress-label">{label}</span>
        <span className="text-muted tabular-nums">{pct}%</span>
      </div>
      <div role="progressbar" aria-labelledby="publish-progress-label" aria-valuemin={0} aria-valuemax={batch.totalRows} aria-valuenow={batch.publishedRows} className="h-2 w-full overflow-hidden rounded-full bg-surface-muted ring-1 ring-border ring-inset">
        <span className="block h-full bg-primary transition-[width]" style={{ width: `${pct}%` }} />
      </div>
      <p className="text-xs text-muted">Workers see none of it until the whole batch is written. You can leave or reload this page.</p>
    </div>
  );
}
