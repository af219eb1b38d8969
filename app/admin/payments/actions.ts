"use server";

// Deposit and withdrawal decisions. The domain checks the admin role, the reason and the balance again.
import { z } from "zod";
import type { FormState } from "@/lib/auth/action";
import { idPattern } from "@/lib/ids";
import { approveDeposit, declineDeposit } from "@/lib/money/deposits";
import { approveWithdrawal, declineWithdrawal } from "@/lib/money/withdrawals";
import { runAdminAction } from "../run-admin-action";

const decisionSchema = z.object({
  kind: z.enum(["deposit", "withdrawal"], { error: "Unknown kind of payment" }),
  id: z.string().regex(idPattern, "That is not a payment request id"),
  decision: z.enum(["approve", "decline"], { error: "Choose approve or decline" }),
  reason: z.string().optional(),
});

const decide = {
  deposit: { approve: approveDeposit, decline: declineDeposit },
  withdrawal: { approve: approveWithdrawal, decline: declineWithdrawal },
} as const;

export async function decidePaymentAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runAdminAction(form, decisionSchema, { fallback: "/admin/payments", notice: ({ kind, decision }) => `${kind}-${decision === "approve" ? "approved" : "declined"}` }, (admin, { kind, id, decision, reason }) =>
    decision === "approve" ? decide[kind].approve(admin.id, id) : decide[kind].decline(admin.id, id, reason ?? ""),
  );
}
