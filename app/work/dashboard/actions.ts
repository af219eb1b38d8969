"use server";

import { revalidatePath } from "next/cache";
import { runAction, type FormState } from "@/lib/auth/action";
import { requestWithdrawal } from "@/lib/money/withdrawals";
import { dollarsToCents } from "@/lib/money/schema";
import { appealRejection } from "@/lib/assignments/appeals";

export async function requestWithdrawalAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runAction("worker", form, async (user) => {
    const amount = dollarsToCents.safeParse(form.get("amount") ?? "");
    if (!amount.success) return { status: "error", message: amount.error.issues[0].message, fieldErrors: { amount: amount.error.issues[0].message } };
    await requestWithdrawal(user.id, amount.data);
    revalidatePath("/work/dashboard");
    return { status: "ok", message: "Withdrawal requested. An admin pays it out and it shows here once done." };
  });
}

export async function appealAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runAction("worker", form, async (user) => {
    await appealRejection(user.id, String(form.get("assignmentId") ?? ""), String(form.get("message") ?? ""));
    revalidatePath("/work/dashboard");
    return { status: "ok", message: "Appeal sent to the requester. If they do not answer within 3 days, an admin decides." };
  });
}
