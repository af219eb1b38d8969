"use client";

// Approve or decline a deposit or withdrawal request; declining asks for the reason the user will read.
import { decidePaymentAction } from "@/app/admin/payments/actions";
import { ActionButton, ReasonDialog } from "./reason-dialog";

export function PaymentDecision({ kind, id, who }: { kind: "deposit" | "withdrawal"; id: string; who: string }) {
  return (
    <div className="flex flex-wrap items-start gap-2">
      <ActionButton action={decidePaymentAction} hidden={{ kind, id, decision: "approve", returnTo: "/admin/payments" }} label="Approve" ariaLabel={`Approve ${kind} of ${who}`} />
      <ReasonDialog
        action={decidePaymentAction}
        hidden={{ kind, id, decision: "decline", returnTo: "/admin/payments" }}
        trigger="Decline"
        triggerAriaLabel={`Decline ${kind} of ${who}`}
        title={`Decline the ${kind} of ${who}?`}
        description={kind === "deposit" ? "Nothing is added to their balance. They see your reason on their Funds page." : "The money stays in their available balance. They see your reason on their dashboard."}
        reasonLabel="Reason they will read"
        submit={`Decline ${kind}`}
      />
    </div>
  );
}
