"use server";

// Deciding qualification requests, from the requests page or a type's page (the form's returnTo).
// lib/qualifications/requests checks that the request belongs to one of the caller's types.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { parseForm, runAction, type FormState } from "@/lib/auth/action";
import { withNotice } from "@/lib/notices";
import { acceptRequest, rejectRequest } from "@/lib/qualifications/requests";
import { acceptFormSchema, rejectFormSchema } from "./form-schema";

const fallback = "/requester/qualifications/requests";

export async function acceptRequestAction(_prev: FormState, form: FormData): Promise<FormState> {
  const state = await runAction("requester", form, async (user) => {
    const parsed = parseForm(acceptFormSchema, form);
    if (!parsed.ok) return parsed.state;
    await acceptRequest(user.id, parsed.data.requestId, parsed.data.value);
  });
  if (state.status !== "ok") return state;
  revalidatePath("/requester", "layout");
  redirect(withNotice(String(form.get("returnTo") ?? ""), fallback, "qualification-request-accepted"));
}

export async function rejectRequestAction(_prev: FormState, form: FormData): Promise<FormState> {
  const state = await runAction("requester", form, async (user) => {
    const parsed = parseForm(rejectFormSchema, form);
    if (!parsed.ok) return parsed.state;
    await rejectRequest(user.id, parsed.data.requestId, parsed.data.reason);
  });
  if (state.status !== "ok") return state;
  revalidatePath("/requester", "layout");
  redirect(withNotice(String(form.get("returnTo") ?? ""), fallback, "qualification-request-rejected"));
}
