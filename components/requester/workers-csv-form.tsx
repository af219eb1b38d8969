"use client";

// The workers file upload on the workers page: which qualifications it grants, changes or revokes and
// whom it blocks or unblocks, before anything happens.
import { Alert } from "@/components/ui/alert";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { applyWorkersCsvAction, previewWorkersCsvAction, type WorkersCsvCounts, type WorkersCsvPreview, type WorkersCsvResult } from "@/app/requester/workers/csv-actions";
import type { WorkerChange } from "@/lib/workers/workers-csv-upload";
import { FILE_BLOCK_REASON } from "@/lib/workers/csv-columns";
import { CsvPlanUpload } from "./csv-plan-upload";

const VERBS: Record<WorkerChange["kind"], [string, string]> = {
  grant: ["qualification granted", "qualifications granted"],
  update: ["value changed", "values changed"],
  revoke: ["qualification revoked", "qualifications revoked"],
  block: ["worker blocked", "workers blocked"],
  unblock: ["worker unblocked", "workers unblocked"],
};

function summary(counts: WorkersCsvCounts): string {
  const parts = (Object.keys(VERBS) as WorkerChange["kind"][]).filter((k) => counts[k] > 0).map((k) => `${counts[k].toLocaleString("en-US")} ${VERBS[k][counts[k] === 1 ? 0 : 1]}`);
  return parts.length ? parts.join(", ") : "no changes";
}

const total = (counts: WorkersCsvCounts) => Object.values(counts).reduce((a, b) => a + b, 0);

function describe(c: WorkerChange): string {
  switch (c.kind) {
    case "grant": return `Grant “${c.qualificationName}” with the value ${c.value}`;
    case "update": return `Set “${c.qualificationName}” to ${c.value}`;
    case "revoke": return `Revoke “${c.qualificationName}”`;
    case "block": return `Block (reason: “${FILE_BLOCK_REASON}”)`;
    case "unblock": return "Unblock";
  }
}

function Plan({ plan }: { plan: WorkersCsvPreview }) {
  const n = total(plan.counts);
  return (
    <>
      <p className="text-sm">Of {plan.rowCount.toLocaleString("en-US")} rows: <strong>{summary(plan.counts)}</strong>.</p>
      {n > 0 && (
        <Table caption="Changes this file makes">
          <THead><Tr><Th className="text-right">Row</Th><Th>Worker</Th><Th>Change</Th></Tr></THead>
          <TBody>
            {plan.changes.map((c, i) => (
              <Tr key={i}>
                <Td className="text-right tabular-nums">{c.row}</Td>
                <Td className="font-mono text-xs">{c.workerId}</Td>
                <Td className="text-sm">{describe(c)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {n > plan.changes.length && <p className="text-sm text-muted">…and {(n - plan.changes.length).toLocaleString("en-US")} more changes, counted above.</p>}
    </>
  );
}

function Report({ report }: { report: WorkersCsvResult }) {
  return (
    <div className="space-y-3">
      <Alert tone="success" title="Changes applied">Done: {summary(report.counts)}. Workers were notified of qualification changes.</Alert>
      {report.failed.length > 0 && (
        <Alert tone="warning" title={`${report.failed.length} ${report.failed.length === 1 ? "change" : "changes"} could not be applied`}>
          <ul className="list-disc pl-5">{report.failed.map((f, i) => <li key={i}>Row {f.row} ({f.subject}): {f.reason}</li>)}</ul>
        </Alert>
      )}
    </div>
  );
}

export function WorkersCsvForm() {
  return (
    <CsvPlanUpload<WorkersCsvPreview, WorkersCsvResult>
      title="Update workers from a CSV"
      description={
        <>
          Download the workers CSV, fill in its UPDATE- columns and upload it. Under <code>UPDATE-&lt;qualification&gt;</code> write a whole number to grant the
          qualification or set its value, or <code>Revoke</code>. Under <code>UPDATE-BlockStatus</code> write <code>Block</code> or <code>Unblock</code>. As on
          MTurk, a block made from the file has a generic reason (“{FILE_BLOCK_REASON}”); to record your own, block from the worker’s row
          above. You will see every change before anything happens.
        </>
      }
      hidden={{}}
      previewAction={previewWorkersCsvAction}
      applyAction={applyWorkersCsvAction}
      renderPlan={(p) => <Plan plan={p} />}
      renderReport={(r) => <Report report={r} />}
      applyLabel={(p) => (total(p.counts) === 0 ? null : `Apply ${total(p.counts).toLocaleString("en-US")} ${total(p.counts) === 1 ? "change" : "changes"}`)}
      subjectLabel="Worker · column"
    />
  );
}
