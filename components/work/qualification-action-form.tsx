"use client";

import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestQualificationAction, startTestAction } from "@/app/work/qualifications/actions";

/**
 * "Request" or "Take the test" (also "Continue the test", which resumes the running attempt). The action
 * redirects on success; a refusal (a retry that became too early, a type paused meanwhile) shows above.
 */
export function QualificationActionForm({ kind, typeId, returnTo, label }: { kind: "request" | "test"; typeId: string; returnTo?: string; label: string }) {
  return (
    <ActionForm action={kind === "request" ? requestQualificationAction : startTestAction} hidden={returnTo ? { typeId, returnTo } : { typeId }}>
      {() => <SubmitButton pendingLabel={kind === "request" ? "Requesting…" : "Starting…"}>{label}</SubmitButton>}
    </ActionForm>
  );
}
