// Masters, the one system qualification admins grant by hand: look a worker up, grant or revoke, and the roster.
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { StatusBadge } from "@/components/ui/badge";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatDate } from "@/components/ui/format";
import type { findWorkerForMasters, mastersHolders } from "@/lib/admin/qualification-moderation";
import type { ModerationQuery } from "@/app/admin/qualifications/form-schema";
import { GrantMastersButton, RevokeMastersDialog } from "./qualification-moderation-actions";

type FoundWorker = Awaited<ReturnType<typeof findWorkerForMasters>>;
type Holders = Awaited<ReturnType<typeof mastersHolders>>;

function LookupResult({ worker, returnTo }: { worker: NonNullable<FoundWorker>; returnTo: string }) {
  const held = worker.masters?.status === "Granted";
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-border bg-surface-muted/40 p-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 text-sm">
        <p className="font-medium">{worker.name}</p>
        <p className="font-mono text-xs text-muted">{worker.id}</p>
        <p className="text-xs text-muted">{worker.email}</p>
        <p className="mt-2 flex flex-wrap items-center gap-2">
          {held ? <StatusBadge status="Granted" /> : worker.masters ? <StatusBadge status="Revoked" /> : <span className="text-muted">Does not hold Masters</span>}
          {held && worker.masters?.grantedAt && <span className="text-xs text-muted">since {formatDate(worker.masters.grantedAt)}</span>}
          {!held && worker.masters?.reason && <span className="text-xs text-muted">Revoked: {worker.masters.reason}</span>}
        </p>
      </div>
      {held ? <RevokeMastersDialog workerId={worker.id} workerName={worker.name} returnTo={returnTo} /> : <GrantMastersButton workerId={worker.id} workerName={worker.name} returnTo={returnTo} />}
    </div>
  );
}

export function MastersSection({ query, found, holders, returnTo }: { query: ModerationQuery; found: FoundWorker | undefined; holders: Holders; returnTo: string }) {
  return (
    <Card aria-labelledby="masters-title">
      <CardHeader title={<span id="masters-title">Masters</span>} description="Workers who have shown superior performance across many HITs. HITs that require Masters carry a higher fee." />
      <CardBody className="space-y-4">
        {/* A GET form, so a looked-up worker is a link; the type search is carried along unchanged. */}
        <form role="search" aria-label="Look up a worker" action="/admin/qualifications" className="flex flex-wrap items-end gap-3">
          {query.q && <input type="hidden" name="q" value={query.q} />}
          {query.status && <input type="hidden" name="status" value={query.status} />}
          <Input label="Worker id or email" name="worker" type="search" defaultValue={query.worker ?? ""} placeholder="A1B2C3D4E5F6G7 or name@example.com" className="min-w-0 flex-1 basis-64" />
          <Button type="submit" variant="secondary">Look up</Button>
        </form>
        {found === null && <Alert tone="warning">No worker has the id or email “{query.worker}”.</Alert>}
        {found && <LookupResult worker={found} returnTo={returnTo} />}
      </CardBody>
      <h3 className="border-t border-border px-5 pt-4 pb-2 text-sm font-semibold">Current holders ({holders.length})</h3>
      {holders.length === 0 ? (
        <EmptyState title="No Masters yet" description="Look up a worker above to grant them Masters." className="mx-5 mb-5" />
      ) : (
        <Table caption="Current Masters holders">
          <THead>
            <Tr><Th>Worker</Th><Th>Granted</Th><Th><span className="sr-only">Actions</span></Th></Tr>
          </THead>
          <TBody>
            {holders.map((h) => (
              <Tr key={h.workerId}>
                <Td>
                  {h.worker.name}
                  <div className="font-mono text-xs text-muted">{h.workerId}</div>
                  <div className="text-xs text-muted">{h.worker.email}</div>
                </Td>
                <Td className="whitespace-nowrap">{formatDate(h.grantedAt)}</Td>
                <Td className="text-right"><RevokeMastersDialog workerId={h.workerId} workerName={h.worker.name} returnTo={returnTo} /></Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
