"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { withNotice } from "@/lib/notices";
import { runAction, type FormState } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { approveDeposit, declineDeposit } from "@/lib/money/deposits";
import { decisionReasonSchema } from "@/lib/money/schema";

export async function decideDepositAction(_prev: FormState, form: FormData): Promise<FormState> {
  let notice = "";
  const state = await runAction("admin", form, async (admin) => {
    const depositId = String(form.get("depositId") ?? "");
    const decision = form.get("decision");
    if (decision === "approve") {
      await approveDeposit(admin.id, depositId);
    } else if (decision === "decline") {
      const reason = decisionReasonSchema.safeParse(form.get("reason") ?? "");
      if (!reason.success) return { status: "error", message: reason.error.issues[0].message, fieldErrors: { reason: reason.error.issues[0].message } };
      await declineDeposit(admin.id, depositId, reason.data);
    } else {
      throw new DomainError("InvalidInput", "Choose approve or decline.");
    }
    notice = decision === "approve" ? "deposit-approved" : "deposit-declined";
  });
  if (state.status !== "ok") return state;
  revalidatePath("/admin", "layout");
  redirect(withNotice("/admin/payments", "/admin/payments", notice));
}
