"use client";

import { dismissReportAction, takeDownAction } from "@/app/admin/reports/actions";
import { ReasonDialog } from "./reason-dialog";

export function TakeDownDialog({ hitTypeId, title, requester }: { hitTypeId: string; title: string; requester: string }) {
  return (
    <ReasonDialog
      action={takeDownAction}
      hidden={{ hitTypeId, returnTo: "/admin/reports" }}
      trigger="Take down"
      triggerAriaLabel={`Take down ${title}`}
      triggerVariant="danger"
      title={`Take down “${title}”?`}
      description={`Every HIT of the group is removed. Submitted work is approved and paid from escrow, work in progress is released, and the rest of the escrow goes back to ${requester}, who receives your reason, as do the workers who reported it.`}
      reasonLabel="Reason (the requester and reporters read it)"
      submit="Take the group down"
    />
  );
}

export function DismissReportDialog({ reportId, reporter }: { reportId: string; reporter: string }) {
  return (
    <ReasonDialog
      action={dismissReportAction}
      hidden={{ reportId, returnTo: "/admin/reports" }}
      trigger="Dismiss"
      triggerAriaLabel={`Dismiss the report by ${reporter}`}
      title="Dismiss this report?"
      description={`The HITs stay up. ${reporter} reads your reason.`}
      reasonLabel="Reason (the reporter reads it)"
      submit="Dismiss report"
      submitVariant="primary"
    />
  );
}
