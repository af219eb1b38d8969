"use server";

import { revalidatePath } from "next/cache";
import { runAction, type FormState } from "@/lib/auth/action";
import { markRead } from "@/lib/workers/inbox";

export async function markReadAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runAction(null, form, async (user) => {
    await markRead(user.id, String(form.get("messageId") ?? ""));
    revalidatePath("/work", "layout");
  });
}
