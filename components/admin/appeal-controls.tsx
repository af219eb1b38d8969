"use client";

import { decideAppealAction } from "@/app/admin/appeals/actions";
import { ReasonDialog } from "./reason-dialog";

export function AppealDecision({ appealId, worker, title }: { appealId: string; worker: string; title: string }) {
  const hidden = (decision: "overturn" | "uphold") => ({ appealId, decision, returnTo: "/admin/appeals" });
  return (
    <div className="flex flex-wrap gap-2">
      <ReasonDialog action={decideAppealAction} hidden={hidden("overturn")} trigger="Overturn" triggerAriaLabel={`Overturn the rejection of ${worker} on ${title}`} triggerVariant="primary" title="Overturn the rejection?" description="The assignment is approved and the worker paid from the requester's available balance, or by Piecework if the requester cannot pay. Both read your reason." reasonLabel="Reason (the worker and the requester read it)" submit="Overturn and pay" submitVariant="primary" />
      <ReasonDialog action={decideAppealAction} hidden={hidden("uphold")} trigger="Uphold" triggerAriaLabel={`Uphold the rejection of ${worker} on ${title}`} title="Uphold the rejection?" description="The rejection stands and no money moves. Both read your reason." reasonLabel="Reason (the worker and the requester read it)" submit="Uphold rejection" />
    </div>
  );
}
