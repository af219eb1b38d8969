"use server";

import { runAction, type FormState } from "@/lib/auth/action";
import { reportHit } from "@/lib/workers/reports";

export async function reportHitAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runAction("worker", form, async (user) => {
    await reportHit(user.id, String(form.get("hitId") ?? ""), String(form.get("reason") ?? ""), String(form.get("text") ?? ""));
    return { status: "ok", message: "Thank you. The Piecework team reviews every report." };
  });
}
