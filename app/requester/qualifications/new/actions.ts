"use server";

// Creating a qualification type: parse -> runAction -> lib/qualifications -> the new type's page.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { parseForm, runAction, type FormState } from "@/lib/auth/action";
import { createQualificationType } from "@/lib/qualifications/types";
import { MINUTE_INPUTS, withFormFieldNames } from "../form-fields";
import { createTypeFormSchema } from "./form-schema";

export async function createQualificationTypeAction(_prev: FormState, form: FormData): Promise<FormState> {
  let typeId = "";
  const state = await runAction("requester", form, async (user) => {
    const parsed = parseForm(createTypeFormSchema, form);
    if (!parsed.ok) return parsed.state;
    // The domain names the test-or-auto-grant conflict after AutoGranted; on this form that is the "grant" choice.
    const type = await createQualificationType(user.id, parsed.data).catch((e) => withFormFieldNames(e, { ...MINUTE_INPUTS, autoGranted: "grant" }));
    typeId = type.id;
  });
  if (state.status !== "ok") return state;
  revalidatePath("/requester", "layout");
  redirect(`/requester/qualifications/${typeId}?notice=qualification-created`);
}
