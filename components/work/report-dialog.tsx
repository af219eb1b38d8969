"use client";

import { useActionState } from "react";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { idleState, type FormState } from "@/lib/auth/form-state";
import { REPORT_REASONS } from "@/lib/workers/report-reasons";
import { reportHitAction } from "@/app/work/report-actions";

export function ReportDialog({ hitId }: { hitId: string }) {
  const [state, action] = useActionState<FormState, FormData>(reportHitAction, idleState);
  if (state.status === "ok") return <Alert tone="success">{state.message}</Alert>;
  return (
    <Dialog triggerLabel="Report this HIT" triggerVariant="ghost" triggerSize="sm" title="Report this HIT" description="Reports go to the Piecework team, not to the requester.">
      <form action={action} className="space-y-3">
        <input type="hidden" name="hitId" value={hitId} />
        {state.status === "error" && <Alert tone="danger">{state.message}</Alert>}
        <Select label="What is wrong?" name="reason" required options={[{ value: "", label: "Choose a reason" }, ...Object.entries(REPORT_REASONS).map(([value, label]) => ({ value, label }))]} error={state.fieldErrors?.reason} />
        <Textarea label="Details" name="text" rows={4} maxLength={2000} hint="Optional, except for “Something else”." error={state.fieldErrors?.text} />
        <DialogFooter>
          <SubmitButton pendingLabel="Sending…">Send report</SubmitButton>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
