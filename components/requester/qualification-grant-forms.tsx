"use client";

// Granting a qualification type: to one worker by id, or to many from a CSV file with a result per line.
import { useActionState } from "react";
import { ActionForm, typed } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { idleState } from "@/lib/auth/form-state";
import { bulkGrantAction, grantAction } from "@/app/requester/qualifications/[typeId]/actions";
import type { BulkGrantState } from "@/app/requester/qualifications/[typeId]/form-schema";

export function GrantForm({ typeId }: { typeId: string }) {
  return (
    <ActionForm action={grantAction} hidden={{ typeId }} label="Grant to a worker">
      {(state) => (
        <div className="flex flex-wrap items-start gap-3">
          <Input label="Worker id" name="workerId" required autoComplete="off" spellCheck={false} defaultValue={typed(state, "workerId")} error={state.fieldErrors?.workerId} inputClassName="font-mono" className="min-w-0 flex-1 basis-56" />
          <Input label="Value" name="value" inputMode="numeric" defaultValue={typed(state, "value", "1")} error={state.fieldErrors?.value} className="w-28" />
          <SubmitButton className="sm:mt-6.5" pendingLabel="Granting…">Grant</SubmitButton>
        </div>
      )}
    </ActionForm>
  );
}

export function BulkGrantForm({ typeId }: { typeId: string }) {
  const [state, action] = useActionState<BulkGrantState, FormData>(bulkGrantAction, idleState);
  const results = state.results ?? [];
  const failed = results.filter((r) => !r.ok).length;
  return (
    <div className="space-y-4">
      <form action={action} aria-label="Grant from a CSV file" className="flex flex-wrap items-start gap-3" noValidate>
        <input type="hidden" name="typeId" value={typeId} />
        <Input
          label="CSV file of workers"
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          error={state.fieldErrors?.file}
          hint="A header line with WorkerId and, optionally, Value (any letter case); one worker per line. A missing value grants 1."
          className="min-w-0 flex-1 basis-72"
        />
        <SubmitButton variant="secondary" className="sm:mt-6.5" pendingLabel="Granting…">Grant from file</SubmitButton>
      </form>
      {state.status === "error" && !state.fieldErrors?.file && results.length === 0 && state.message && <Alert tone="danger">{state.message}</Alert>}
      {results.length > 0 && (
        <div className="space-y-2" aria-live="polite">
          <Alert tone={failed === 0 ? "success" : "warning"}>
            {state.message}
            {failed > 0 && ` ${failed} ${failed === 1 ? "line was" : "lines were"} not granted; fix ${failed === 1 ? "it" : "them"} and upload just those again.`}
          </Alert>
          <Table caption="Result of each line of the file">
            <THead>
              <Tr>
                <Th className="text-right">Line</Th>
                <Th>Worker id</Th>
                <Th>Result</Th>
              </Tr>
            </THead>
            <TBody>
              {results.map((r) => (
                <Tr key={r.line}>
                  <Td className="text-right tabular-nums text-muted">{r.line}</Td>
                  <Td className="font-mono text-xs break-all">{r.workerId || "—"}</Td>
                  <Td>
                    <Badge tone={r.ok ? "success" : "danger"}>{r.ok ? "Granted" : "Error"}</Badge> <span className="text-sm">{r.text}</span>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </div>
      )}
    </div>
  );
}
