"use server";

// API keys: create (the secret goes back to this one response, never stored in the clear) and revoke.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { parseForm, runAction, type FormState } from "@/lib/auth/action";
import { withNotice } from "@/lib/notices";
import { createApiKey, revokeApiKey } from "@/lib/api/keys";
import { createKeyFormSchema, revokeKeyFormSchema } from "./form-schema";

export type NewKeyState = FormState & { key?: { accessKeyId: string; secretAccessKey: string } };

export async function createApiKeyAction(_prev: NewKeyState, form: FormData): Promise<NewKeyState> {
  let key: NewKeyState["key"];
  const state = await runAction("requester", form, async (user) => {
    const parsed = parseForm(createKeyFormSchema, form);
    if (!parsed.ok) return parsed.state;
    const created = await createApiKey(user.id, parsed.data.label);
    key = { accessKeyId: created.accessKeyId, secretAccessKey: created.secretAccessKey };
  });
  if (state.status !== "ok" || !key) return state;
  revalidatePath("/requester/api-keys");
  return { status: "ok", message: "Key created. Copy the secret now: it is not shown again.", key };
}

export async function revokeApiKeyAction(_prev: FormState, form: FormData): Promise<FormState> {
  const state = await runAction("requester", form, async (user) => {
    const parsed = parseForm(revokeKeyFormSchema, form);
    if (!parsed.ok) return parsed.state;
    await revokeApiKey(user.id, parsed.data.accessKeyId);
  });
  if (state.status !== "ok") return state;
  revalidatePath("/requester/api-keys");
  redirect(withNotice("/requester/api-keys", "/requester/api-keys", "apikey-revoked"));
}
