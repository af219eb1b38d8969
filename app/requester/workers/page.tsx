import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { Card, CardHeader } from "@/components/ui/card";
import { WorkerRow } from "@/components/requester/worker-row";
import { WorkersCsvForm } from "@/components/requester/workers-csv-form";
import { ButtonLink } from "@/components/ui/button";
import { MessageWorkersDialog, UnblockWorkerButton } from "@/components/requester/worker-actions";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { formatDateTime } from "@/components/ui/format";
import { requirePageUser } from "@/lib/auth/session";
import { recentAssignmentsByWorker, workersOfRequester } from "@/lib/workers/queries";
import { blocksOf } from "@/lib/workers/blocks";
import { MESSAGE_LIMITS } from "@/lib/workers/messages";

export const metadata: Metadata = { title: "Workers" };

export default async function WorkersPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const { notice } = await searchParams;
  const user = await requirePageUser("requester", "/requester/workers");
  const [workers, blocks] = await Promise.all([workersOfRequester(user.id), blocksOf(user.id)]);
  const assignments = await recentAssignmentsByWorker(user.id, workers.map((w) => w.workerId));
  const listed = new Set(workers.map((w) => w.workerId));
  const otherBlocks = blocks.filter((b) => !listed.has(b.workerId));
  const limits = { subject: MESSAGE_LIMITS.subject, body: MESSAGE_LIMITS.body };

  return (
    <div className="space-y-6">
      <PageHeader
        title="Workers"
        description="Everyone who has submitted work on your HITs, most recent first. Approval rates here count only your reviews."
        actions={
          <>
            <ButtonLink href="/requester/workers/workers.csv" variant="secondary" download>Download workers (CSV)</ButtonLink>
            {workers.length > 1 && <MessageWorkersDialog workers={workers.map((w) => ({ id: w.workerId, name: w.name }))} limits={limits} triggerLabel="Message workers" />}
          </>
        }
      />
      <Notice code={notice} />
      {workers.length === 0 ? (
        <EmptyState title="No workers yet" description="Workers who submit work on your HITs appear here, with their record and ways to bonus, message or block them." />
      ) : (
        <ul aria-label="Workers" className="space-y-3">
          {workers.map((w) => (
            <WorkerRow key={w.workerId} worker={w} assignments={assignments.get(w.workerId) ?? []} limits={limits} />
          ))}
        </ul>
      )}
      {otherBlocks.length > 0 && (
        <Card>
          <CardHeader title="Other blocked workers" description="Blocked, but no submitted work on your HITs." />
          <Table caption="Other blocked workers">
            <THead><Tr><Th>Worker</Th><Th>Blocked (UTC)</Th><Th>Your reason (private)</Th><Th><span className="sr-only">Actions</span></Th></Tr></THead>
            <TBody>
              {otherBlocks.map((b) => (
                <Tr key={b.workerId}>
                  <Td>{b.worker.name}<div className="font-mono text-xs text-muted">{b.workerId}</div></Td>
                  <Td className="whitespace-nowrap">{formatDateTime(b.createdAt)}</Td>
                  <Td className="max-w-md min-w-48 text-sm break-words text-muted">{b.reason}</Td>
                  <Td><UnblockWorkerButton workerId={b.workerId} workerName={b.worker.name} /></Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </Card>
      )}
      <WorkersCsvForm />
    </div>
  );
}
