import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { StatusBadge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { BatchProgressBar } from "@/components/requester/batch-progress";
import { ReviewCsvForm } from "@/components/requester/review-csv-form";
import { BatchReviewForm, REVIEW_FORM_ID } from "@/components/requester/batch-review-form";
import { CancelBatch } from "@/components/requester/cancel-batch";
import { PublishStatus } from "@/components/requester/publish-status";
import { RefreshEvery } from "@/components/requester/refresh-while";
import { SubmissionsCard } from "@/components/requester/submissions-card";
import { requirePageUser } from "@/lib/auth/session";
import { submissionsOverTime } from "@/lib/batches/activity";
import { batchProgress, batchResultsPage, ownBatch } from "@/lib/batches/queries";
import { answerCells } from "@/lib/batches/answer-cells";
import { isDomainError } from "@/lib/errors";
import { bucketOf } from "../bucket";

export const metadata: Metadata = { title: "Batch" };

/** Rows of the CSV (HITs) per page of results; the CSV download has them all. */
const ROWS_PER_PAGE = 50;

async function batchOr404(requesterId: string, batchId: string) {
  try {
    return await ownBatch(requesterId, batchId);
  } catch (e) {
    if (isDomainError(e) && e.code === "NotFound") notFound();
    throw e;
  }
}

type Search = { notice?: string; page?: string; bucket?: string };

export default async function BatchPage({ params, searchParams }: { params: Promise<{ batchId: string }>; searchParams: Promise<Search> }) {
  const [{ batchId }, search] = await Promise.all([params, searchParams]);
  const user = await requirePageUser("requester", `/requester/batches/${batchId}`);
  const batch = await batchOr404(user.id, batchId);
  const pages = Math.max(1, Math.ceil(batch.totalRows / ROWS_PER_PAGE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(search.page ?? "1", 10) || 1));
  const bucket = bucketOf(search.bucket);
  const [progress, hits, series] = await Promise.all([
    batchProgress(batch.id),
    batchResultsPage(batch.id, (page - 1) * ROWS_PER_PAGE, ROWS_PER_PAGE),
    submissionsOverTime(user.id, bucket, batch.id),
  ]);
  const rows = hits.flatMap((h) => {
    const inputs = JSON.parse(h.layoutParameters ?? "{}") as Record<string, string>;
    return h.assignments.map((a) => ({ hit: h, inputs, a, answers: answerCells(a.answer) }));
  });
  const answerNames = [...new Set(rows.flatMap((r) => Object.keys(r.answers)))].sort();
  const live = batch.status === "Published" || batch.status === "Cancelled";
  const href = (q: Partial<Search>) => {
    const p = new URLSearchParams({ page: String(q.page ?? page), bucket: q.bucket ?? bucket });
    return `/requester/batches/${batch.id}?${p}`;
  };
  const firstRow = (page - 1) * ROWS_PER_PAGE + 1;
  const lastRow = Math.min(batch.totalRows, page * ROWS_PER_PAGE);

  return (
    <div className="space-y-6">
      <PageHeader
        title={batch.name}
        description={<>From project <Link href={`/requester/projects/${batch.project.id}`} className="underline">{batch.project.name}</Link>, {batch.totalRows.toLocaleString("en-US")} HITs × {batch.project.assignmentsPerHit} assignments</>}
        backHref="/requester/batches"
        backLabel="Batches"
        actions={live ? <ButtonLink href={`/requester/batches/${batch.id}/results.csv`} variant="secondary" download>Download results (CSV)</ButtonLink> : undefined}
      />
      {/* A small batch is often open by the time its page first loads. */}
      <Notice code={search.notice === "batch-publishing" && batch.status !== "Publishing" ? (batch.status === "Published" ? "batch-published" : undefined) : search.notice} />
      <Card>
        <CardHeader title="Progress" actions={<StatusBadge status={batch.status} />} />
        <CardBody className="space-y-4">
          {live ? <BatchProgressBar progress={progress} /> : <PublishStatus batch={batch} />}
          {batch.status === "Cancelled" && progress.remaining > 0 && (
            <p className="text-sm text-muted" aria-live="polite">
              <RefreshEvery ms={2000} renderedAt={Date.now()} />
              Expiring the batch&apos;s HITs: {progress.remaining.toLocaleString("en-US")} open assignments left. If this stops moving, cancel again to finish.
            </p>
          )}
          {progress.remaining > 0 && (batch.status === "Published" || batch.status === "Cancelled") && <CancelBatch batchId={batch.id} />}
        </CardBody>
      </Card>
      {live && (
        <>
          <SubmissionsCard title="Submissions over time" series={series} bucket={bucket} href={(b) => href({ bucket: b, page: String(page) })} />
          {progress.submitted + progress.approved + progress.rejected > 0 && <ReviewCsvForm batchId={batch.id} />}
          <Card>
            <CardHeader
              title="Results"
              description={`Rows ${firstRow.toLocaleString("en-US")}–${lastRow.toLocaleString("en-US")} of ${batch.totalRows.toLocaleString("en-US")}: each submitted assignment with the row it was made from. Tick submissions to review them, or review all that wait.`}
            />
            {/* Kept once anything was submitted, so the report of the last review shows after the page refreshes. */}
            {progress.submitted + progress.approved + progress.rejected > 0 && <CardBody><BatchReviewForm batchId={batch.id} waiting={progress.submitted} /></CardBody>}
            {rows.length === 0 ? (
              <CardBody><EmptyState title="No submissions on these rows yet" description="Workers' answers appear here as they submit." /></CardBody>
            ) : (
              <Table caption={`Inputs and answers per assignment, rows ${firstRow} to ${lastRow}`}>
                <THead>
                  <Tr>
                    <Th><span className="sr-only">Select</span></Th>
                    <Th className="text-right">Row</Th>
                    {batch.columns.map((c) => <Th key={`i-${c}`}>Input.{c}</Th>)}
                    <Th>Worker</Th>
                    <Th>Status</Th>
                    {answerNames.map((n) => <Th key={`a-${n}`}>Answer.{n}</Th>)}
                  </Tr>
                </THead>
                <TBody>
                  {rows.map((r) => (
                    <Tr key={r.a.id}>
                      <Td>
                        {r.a.status === "Submitted" && (
                          <input type="checkbox" name="assignmentId" value={r.a.id} form={REVIEW_FORM_ID} aria-label={`Select row ${r.hit.batchRow}, worker ${r.a.workerId}`} className="size-4" />
                        )}
                      </Td>
                      <Td className="text-right tabular-nums">{r.hit.batchRow}</Td>
                      {batch.columns.map((c) => <Td key={`i-${c}`} className="max-w-xs truncate" title={r.inputs[c]}>{r.inputs[c]}</Td>)}
                      <Td className="font-mono text-xs">{r.a.workerId}</Td>
                      <Td><StatusBadge status={r.a.status} /></Td>
                      {answerNames.map((n) => <Td key={`a-${n}`} className="max-w-xs whitespace-pre-wrap">{r.answers[n] ?? ""}</Td>)}
                    </Tr>
                  ))}
                </TBody>
              </Table>
            )}
            <CardBody>
              <Pager page={page} hasMore={page < pages} href={(p) => href({ page: String(p) })} summary={`Page ${page} of ${pages.toLocaleString("en-US")}`} />
            </CardBody>
          </Card>
        </>
      )}
    </div>
  );
}
