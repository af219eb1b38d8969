"use client";

// Upload a CSV, see exactly what it will do, then confirm: the shared flow of review by CSV and the
// workers file. The preview's token goes back with the same file, so the server applies only what was
// shown. The form is submitted by hand so the file input keeps its file between the two steps (React
// would reset it after an action).
import { startTransition, useActionState, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Input } from "@/components/ui/input";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { idleState, type FormState } from "@/lib/auth/form-state";

export type PlanState<P> = FormState & { plan?: P };
export type ApplyState<R> = FormState & { report?: R };
export type PlanProblem = { row: number; subject: string; reason: string };

/** Problems shown on the page; the count of any beyond says how many more there are. */
const SHOWN_PROBLEMS = 500;

export function CsvPlanUpload<P extends { token: string; problems: PlanProblem[] }, R>(props: {
  title: string;
  description: ReactNode;
  hidden: Record<string, string>;
  previewAction: (prev: PlanState<P>, form: FormData) => Promise<PlanState<P>>;
  applyAction: (prev: ApplyState<R>, form: FormData) => Promise<ApplyState<R>>;
  /** The summary of what will happen. */
  renderPlan: (plan: P) => ReactNode;
  /** What happened, after confirming. */
  renderReport: (report: R) => ReactNode;
  /** The confirm button's text; null when nothing in the file can be applied. */
  applyLabel: (plan: P) => string | null;
  /** The heading of the problem table's second column (what each row names). */
  subjectLabel: string;
}) {
  const [preview, previewAction, previewing] = useActionState<PlanState<P>, FormData>(props.previewAction, idleState);
  const [applied, applyAction, applying] = useActionState<ApplyState<R>, FormData>(props.applyAction, idleState);
  // Which step answered last: a new preview hides the previous report, and applying hides the plan it used.
  const [last, setLast] = useState<"preview" | "apply">("preview");
  const form = useRef<HTMLFormElement>(null);
  const run = (step: "preview" | "apply", token?: string) => {
    if (!form.current) return;
    const data = new FormData(form.current);
    if (token) data.set("token", token);
    setLast(step);
    startTransition(() => (step === "preview" ? previewAction : applyAction)(data));
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    run("preview");
  };
  const current = last === "preview" ? preview : applied;
  const plan = last === "preview" && preview.status === "ok" ? preview.plan : undefined;
  const report = last === "apply" && applied.status === "ok" ? applied.report : undefined;
  const error = current.status === "error" ? current : null;
  const label = plan ? props.applyLabel(plan) : null;
  const busy = previewing || applying;

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate aria-label={props.title}>
      {Object.entries(props.hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <Card>
        <CardHeader title={props.title} description={props.description} />
        <CardBody className="space-y-4">
          <div className="flex flex-wrap items-end gap-3">
            <Input label="CSV file" name="file" type="file" accept=".csv,text/csv" required className="min-w-64 flex-1" error={error?.fieldErrors?.file} onChange={() => run("preview")} />
            <Button type="submit" variant="secondary" disabled={busy}>{previewing ? "Reading…" : "Preview"}</Button>
          </div>
          {error && !error.fieldErrors?.file && <Alert tone="danger">{error.message}</Alert>}
          {report !== undefined && props.renderReport(report)}
          {plan && (
            <section aria-label="What this file will do" className="space-y-4">
              {props.renderPlan(plan)}
              {plan.problems.length > 0 && <ProblemTable problems={plan.problems} subjectLabel={props.subjectLabel} />}
              {label ? (
                <Button type="button" onClick={() => run("apply", plan.token)} disabled={busy}>{applying ? "Applying…" : label}</Button>
              ) : (
                <Alert tone="warning">Nothing in this file can be applied. Fix the rows above and upload it again.</Alert>
              )}
            </section>
          )}
        </CardBody>
      </Card>
    </form>
  );
}

function ProblemTable({ problems, subjectLabel }: { problems: PlanProblem[]; subjectLabel: string }) {
  const more = problems.length - SHOWN_PROBLEMS;
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold">
        {problems.length.toLocaleString("en-US")} {problems.length === 1 ? "row" : "rows"} will not be applied
      </h3>
      <Table caption="Rows that will not be applied, and why">
        <THead><Tr><Th className="text-right">Row</Th><Th>{subjectLabel}</Th><Th>Why</Th></Tr></THead>
        <TBody>
          {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
            <Tr key={`${p.row}-${i}`}>
              <Td className="text-right tabular-nums">{p.row}</Td>
              <Td className="font-mono text-xs break-all">{p.subject || "(empty)"}</Td>
              <Td className="text-sm">{p.reason}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {more > 0 && <p className="text-sm text-muted">…and {more.toLocaleString("en-US")} more rows that will not be applied; fix the ones above and preview again to see them.</p>}
    </div>
  );
}
