"use server";

// The workers page's actions, and the bonus that the HIT page pays too: parse -> runAction -> lib -> redirect.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { formValues, parseForm, runAction, type FormState } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/auth/session";
import { withNotice, type NoticeCode } from "@/lib/notices";
import { sendBonus } from "@/lib/money/bonuses";
import { blockWorker, unblockWorker } from "@/lib/workers/blocks";
import { messageWorkers } from "@/lib/workers/messages";
import { blockFormSchema, bonusFormSchema, messageFormSchema, workerIdFormSchema } from "./form-schema";

/** Parses the form with `schema`, runs `fn`, and on success goes back to the form's returnTo with `notice`. */
async function workerAction<S extends z.ZodType>(form: FormData, schema: S, notice: NoticeCode, fn: (user: SessionUser, input: z.output<S>) => Promise<FormState | void>): Promise<FormState> {
  const state = await runAction("requester", form, async (user) => {
    const parsed = parseForm(schema, form);
    return parsed.ok ? fn(user, parsed.data) : parsed.state;
  });
  if (state.status !== "ok") return state;
  revalidatePath("/requester", "layout");
  redirect(withNotice(String(form.get("returnTo") ?? ""), "/requester/workers", notice));
}

export async function payBonusAction(_prev: FormState, form: FormData): Promise<FormState> {
  return workerAction(form, bonusFormSchema, "bonus-paid", async (user, b) => {
    await sendBonus(user.id, { workerId: b.workerId, assignmentId: b.assignmentId, amountCents: b.amount, reason: b.reason, uniqueRequestToken: b.token });
  });
}

export async function blockWorkerAction(_prev: FormState, form: FormData): Promise<FormState> {
  return workerAction(form, blockFormSchema, "worker-blocked", (user, { workerId, reason }) => blockWorker(user.id, workerId, reason));
}

export async function unblockWorkerAction(_prev: FormState, form: FormData): Promise<FormState> {
  return workerAction(form, workerIdFormSchema, "worker-unblocked", (user, { workerId }) => unblockWorker(user.id, workerId));
}

export async function messageWorkersAction(_prev: FormState, form: FormData): Promise<FormState> {
  return workerAction(form, messageFormSchema, "message-sent", async (user, m) => {
    const { sent, failures } = await messageWorkers(user.id, m.workerId, m.subject, m.body);
    if (failures.length === 0) return;
    const why = failures.map((f) => `${f.workerId}: ${f.message}`).join(" ");
    return { status: "error", message: `Sent to ${sent} of ${sent + failures.length}. Not sent to ${why}`, values: formValues(form) };
  });
}
