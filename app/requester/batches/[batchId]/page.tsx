import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { StatusBadge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { BatchProgressBar } from "@/components/requester/batch-progress";
import { ReviewCsvForm } from "@/components/requester/review-csv-form";
import { requirePageUser } from "@/lib/auth/session";
import { answersOf, batchProgress, batchResultsPage, ownBatch } from "@/lib/batches/queries";
import { isDomainError } from "@/lib/errors";

export const metadata: Metadata = { title: "Batch" };

/** The page shows the first rows; the CSV has them all. */
const SHOWN_HITS = 100;

async function batchOr404(requesterId: string, batchId: string) {
  try {
    return await ownBatch(requesterId, batchId);
  } catch (e) {
    if (isDomainError(e) && e.code === "NotFound") notFound();
    throw e;
  }
}

export default async function BatchPage({ params, searchParams }: { params: Promise<{ batchId: string }>; searchParams: Promise<{ notice?: string }> }) {
  const [{ batchId }, { notice }] = await Promise.all([params, searchParams]);
  const user = await requirePageUser("requester", `/requester/batches/${batchId}`);
  const batch = await batchOr404(user.id, batchId);
  const [progress, hits] = await Promise.all([batchProgress(batch.id), batchResultsPage(batch.id, 0, SHOWN_HITS)]);
  const rows = hits.flatMap((h) => {
    const inputs = JSON.parse(h.layoutParameters ?? "{}") as Record<string, string>;
    return h.assignments.map((a) => ({ hit: h, inputs, a, answers: answersOf(a.answer) }));
  });
  const answerNames = [...new Set(rows.flatMap((r) => Object.keys(r.answers)))].sort();

  return (
    <div className="space-y-6">
      <PageHeader
        title={batch.name}
        description={<>From project <Link href={`/requester/projects/${batch.project.id}`} className="underline">{batch.project.name}</Link>, {batch.totalRows.toLocaleString("en-US")} HITs × {batch.project.assignmentsPerHit} assignments</>}
        backHref="/requester/batches"
        backLabel="Batches"
        actions={<ButtonLink href={`/requester/batches/${batch.id}/results.csv`} variant="secondary" download>Download results (CSV)</ButtonLink>}
      />
      <Notice code={notice} />
      <Card>
        <CardHeader title="Progress" actions={<StatusBadge status={batch.status} />} />
        <CardBody>
          <BatchProgressBar progress={progress} />
          {progress.submitted > 0 && <p className="mt-3 text-sm"><Link href="/requester/review" className="underline">Review the {progress.submitted.toLocaleString("en-US")} submitted assignments</Link></p>}
        </CardBody>
      </Card>
      {progress.submitted + progress.approved + progress.rejected > 0 && <ReviewCsvForm batchId={batch.id} />}
      <Card>
        <CardHeader title="Results" description={hits.length < batch.totalRows ? `Submissions of the first ${SHOWN_HITS} rows; the CSV has every row.` : "Every submitted assignment, with the row it was made from."} />
        {rows.length === 0 ? (
          <CardBody><EmptyState title="No submissions yet" description="Workers' answers appear here as they submit." /></CardBody>
        ) : (
          <Table caption="Inputs and answers per assignment">
            <THead>
              <Tr>
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
      </Card>
    </div>
  );
}
