"use client";

// Review by CSV on a batch's page: what the marked results file will approve, reject and move.
import { Alert } from "@/components/ui/alert";
import { formatCents } from "@/components/ui/format";
import { applyReviewCsvAction, previewReviewCsvAction, type ReviewCsvPreview, type ReviewCsvResult } from "@/app/requester/batches/review-actions";
import type { ReviewMoney } from "@/lib/batches/review-csv";
import { CsvPlanUpload } from "./csv-plan-upload";

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

function MoneyList({ money, label }: { money: ReviewMoney; label: string }) {
  return (
    <dl className="grid max-w-lg grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-sm" aria-label={label}>
      <dt className="text-muted">Rewards to workers, from escrow</dt>
      <dd className="text-right tabular-nums">{formatCents(money.rewardsCents)}</dd>
      <dt className="text-muted">Fees with those rewards, from escrow</dt>
      <dd className="text-right tabular-nums">{formatCents(money.feesCents)}</dd>
      <dt className="text-muted">Released back to your available balance (rejected work)</dt>
      <dd className="text-right tabular-nums">{formatCents(money.releasedCents)}</dd>
      <dt className="font-semibold">Total out of escrow</dt>
      <dd className="text-right font-semibold tabular-nums">{formatCents(money.rewardsCents + money.feesCents + money.releasedCents)}</dd>
    </dl>
  );
}

function Plan({ plan }: { plan: ReviewCsvPreview }) {
  return (
    <>
      <p className="text-sm">
        Of {count(plan.rowCount, "row")}: <strong>{count(plan.approvals, "approval")}</strong> and <strong>{count(plan.rejections, "rejection")}</strong>.
        {plan.unmarked > 0 && <> Left as they are: {count(plan.unmarked, "row")} with neither mark.</>}
      </p>
      <MoneyList money={plan.money} label="Money this review moves" />
    </>
  );
}

function Report({ report }: { report: ReviewCsvResult }) {
  return (
    <div className="space-y-3">
      <Alert tone="success" title="Review applied">
        Approved {count(report.approved, "assignment")} and rejected {count(report.rejected, "assignment")}.
      </Alert>
      {report.failed.length > 0 && (
        <Alert tone="warning" title={`${count(report.failed.length, "decision")} could not be applied`}>
          <ul className="list-disc pl-5">{report.failed.map((f) => <li key={f.subject}>Row {f.row} ({f.subject}): {f.reason}</li>)}</ul>
        </Alert>
      )}
      <MoneyList money={report.money} label="Money moved" />
    </div>
  );
}

export function ReviewCsvForm({ batchId }: { batchId: string }) {
  return (
    <CsvPlanUpload<ReviewCsvPreview, ReviewCsvResult>
      title="Review by CSV"
      description="Download the results, put an x under Approve or a reason under Reject (workers see it, up to 1024 characters), and upload the file. You will see exactly what it does before anything happens. Rows are numbered as in a spreadsheet (the header is row 1)."
      hidden={{ batchId }}
      previewAction={previewReviewCsvAction}
      applyAction={applyReviewCsvAction}
      renderPlan={(p) => <Plan plan={p} />}
      renderReport={(r) => <Report report={r} />}
      applyLabel={(p) => (p.approvals + p.rejections === 0 ? null : `Approve ${p.approvals.toLocaleString("en-US")} and reject ${p.rejections.toLocaleString("en-US")}`)}
      subjectLabel="Assignment"
    />
  );
}
