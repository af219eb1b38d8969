"use client";

// Upload a CSV, see what it will make (columns, missing placeholders, the first rows filled, the cost),
// then publish the same file. The file input keeps its file between the two steps because the form is
// submitted by hand (React would reset it after an action).
import { startTransition, useActionState, useRef, type FormEvent } from "react";
import { Input } from "@/components/ui/input";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatCents } from "@/components/ui/format";
import { idleState } from "@/lib/auth/form-state";
import { previewBatchAction, publishBatchAction, type PreviewState } from "@/app/requester/projects/publish-actions";
import { LayoutPreview } from "./layout-preview";

export function BatchUploadForm({ projectId, placeholders }: { projectId: string; placeholders: string[] }) {
  const [preview, previewAction, previewing] = useActionState<PreviewState, FormData>(previewBatchAction, idleState);
  const [published, publishAction, publishing] = useActionState<PreviewState, FormData>(publishBatchAction, idleState);
  const form = useRef<HTMLFormElement>(null);
  const run = (act: (d: FormData) => void) => {
    if (!form.current) return;
    const data = new FormData(form.current);
    startTransition(() => act(data));
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    run(previewAction);
  };
  const p = preview.status === "ok" ? preview.preview : undefined;
  const error = published.status === "error" ? published : preview.status === "error" ? preview : null;
  const short = p ? p.cost.totalCents > p.availableCents : false;

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-6" noValidate aria-label="Publish a batch">
      <input type="hidden" name="projectId" value={projectId} />
      <Card>
        <CardHeader title="1. Upload your CSV" description={`UTF-8, first line naming the columns${placeholders.length ? `: ${placeholders.join(", ")}` : ""}. Up to 100,000 rows.`} />
        <CardBody className="space-y-4">
          <Input label="CSV file" name="file" type="file" accept=".csv,text/csv" required error={error?.fieldErrors?.file} onChange={() => run(previewAction)} />
          {error && !error.fieldErrors?.file && <Alert tone="danger">{error.message}</Alert>}
          <Button type="submit" variant="secondary" disabled={previewing}>{previewing ? "Reading…" : "Preview"}</Button>
        </CardBody>
      </Card>

      {p && (
        <>
          <Card>
            <CardHeader title="2. Check it" description={`${p.rowCount.toLocaleString("en-US")} rows, columns: ${p.columns.join(", ")}`} />
            <CardBody className="space-y-4">
              {p.missing.length > 0 ? (
                <Alert tone="danger" title="Columns missing">
                  The layout uses {p.missing.map((m) => `\${${m}}`).join(", ")}, but the CSV has no {p.missing.length === 1 ? "column" : "columns"} named {p.missing.map((m) => `“${m}”`).join(", ")}. Add {p.missing.length === 1 ? "it" : "them"} and upload again.
                </Alert>
              ) : (
                p.sampleRows.map((row, i) => (
                  <section key={i} aria-label={`Row ${i + 1}`} className="space-y-1">
                    <h3 className="text-sm font-medium">Row {i + 1} as workers will see it</h3>
                    <LayoutPreview layout={p.layout} row={row} title={`Preview of row ${i + 1}`} height={360} />
                  </section>
                ))
              )}
              <dl className="grid max-w-md grid-cols-2 gap-y-1 text-sm" aria-label="Cost">
                <dt className="text-muted">HITs × assignments</dt>
                <dd className="text-right tabular-nums">{p.rowCount.toLocaleString("en-US")} × {p.cost.assignmentsPerHit}</dd>
                <dt className="text-muted">Rewards</dt>
                <dd className="text-right tabular-nums">{formatCents(p.cost.totalRewardCents)}</dd>
                <dt className="text-muted">Fees</dt>
                <dd className="text-right tabular-nums">{formatCents(p.cost.totalFeeCents)}</dd>
                <dt className="font-semibold">Total held in escrow</dt>
                <dd className="text-right font-semibold tabular-nums">{formatCents(p.cost.totalCents)}</dd>
                <dt className="text-muted">Your available balance</dt>
                <dd className={`text-right tabular-nums ${short ? "text-danger" : ""}`}>{formatCents(p.availableCents)}</dd>
              </dl>
              {short && <Alert tone="warning">This batch costs more than your available balance. Request a deposit on the Funds page first.</Alert>}
            </CardBody>
          </Card>
          <Button type="button" onClick={() => run(publishAction)} disabled={publishing || p.missing.length > 0 || short}>
            {publishing ? "Publishing…" : `Publish ${p.rowCount.toLocaleString("en-US")} HITs`}
          </Button>
        </>
      )}
    </form>
  );
}
