import { Badge } from "@/components/ui/badge";
import { formatDateTime, formatRate } from "@/components/ui/format";
import { PayBonusDialog } from "./bonus-dialog";
import { BlockWorkerDialog, MessageWorkersDialog, UnblockWorkerButton, type MessageLimits } from "./worker-actions";

type Worker = {
  workerId: string;
  name: string;
  submitted: number;
  approved: number;
  rejected: number;
  approvalRate: number | null;
  lastActivity: Date | null;
  block: { reason: string; createdAt: Date } | null;
};
type Assignment = { id: string; status: string; submittedAt: Date | null; title: string };

/** One worker on the workers page: their record with this requester, and bonus, message and block. */
export function WorkerRow({ worker: w, assignments, limits }: { worker: Worker; assignments: Assignment[]; limits: MessageLimits }) {
  const stats = [
    { label: "Submitted", value: w.submitted },
    { label: "Approved", value: w.approved },
    { label: "Rejected", value: w.rejected },
    { label: "Approval rate", value: formatRate(w.approvalRate) },
  ];
  return (
    <li aria-label={w.name} className="grid gap-4 rounded-xl border border-border bg-surface p-4 shadow-sm lg:grid-cols-[minmax(0,1fr)_auto_19rem] lg:items-center">
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-semibold break-words">{w.name}</span>
          {w.block && <Badge tone="danger">Blocked</Badge>}
        </div>
        <div className="font-mono text-xs text-muted">{w.workerId}</div>
        <div className="mt-1 text-xs text-muted">Last submitted {w.lastActivity ? `${formatDateTime(w.lastActivity)} UTC` : "—"}</div>
        {w.block && <p className="mt-1 text-xs break-words text-muted">Your private reason: {w.block.reason}</p>}
      </div>
      <dl className="grid grid-cols-4 gap-3 text-center sm:gap-5">
        {stats.map((s) => (
          <div key={s.label}>
            <dt className="text-xs whitespace-nowrap text-muted">{s.label}</dt>
            <dd className="text-base font-semibold tabular-nums">{s.value}</dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap gap-2 lg:justify-end">
        {assignments.length > 0 && (
          <PayBonusDialog
            workerId={w.workerId}
            workerName={w.name}
            assignments={assignments.map((a) => ({ id: a.id, label: `${a.title} · ${a.status}${a.submittedAt ? ` · ${formatDateTime(a.submittedAt)}` : ""}` }))}
            returnTo="/requester/workers"
          />
        )}
        <MessageWorkersDialog workers={[{ id: w.workerId, name: w.name }]} limits={limits} />
        {w.block ? <UnblockWorkerButton workerId={w.workerId} workerName={w.name} /> : <BlockWorkerDialog workerId={w.workerId} workerName={w.name} />}
      </div>
    </li>
  );
}
