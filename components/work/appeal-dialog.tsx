"use client";

import { useActionState } from "react";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { Textarea } from "@/components/ui/textarea";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { idleState, type FormState } from "@/lib/auth/form-state";
import { appealAction } from "@/app/work/dashboard/actions";

export function AppealDialog({ assignmentId, title }: { assignmentId: string; title: string }) {
  const [state, action] = useActionState<FormState, FormData>(appealAction, idleState);
  if (state.status === "ok") return <Alert tone="success">{state.message}</Alert>;
  return (
    <Dialog triggerLabel="Appeal" triggerSize="sm" title={`Appeal the rejection of “${title}”`} description="Tell the requester why your work meets the instructions. Be specific; they see your answers.">
      <form action={action} className="space-y-3">
        <input type="hidden" name="assignmentId" value={assignmentId} />
        {state.status === "error" && <Alert tone="danger">{state.message}</Alert>}
        <Textarea label="Your appeal" name="message" rows={5} required maxLength={2000} error={state.fieldErrors?.message} />
        <DialogFooter>
          <SubmitButton pendingLabel="Sending…">Send appeal</SubmitButton>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
