"use server";

// Saving a project: parse -> runAction (signed-in requester) -> lib/projects (which checks ownership in
// the database) -> the project's page.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formValues, runAction, zodFieldErrors, type FormState } from "@/lib/auth/action";
import { DomainError, isDomainError } from "@/lib/errors";
import { createProject, updateProject } from "@/lib/projects/mutations";
import { requirementErrorsForForm } from "../hits/new/requirement-rows";
import { projectFormSchema, projectIdSchema } from "./form-schema";

/** Requirement errors from the domain ("0.qualificationTypeId") shown beside their row, as on the HIT form. */
function withRequirementFields(e: unknown): never {
  const moved = isDomainError(e) && e.fieldErrors ? requirementErrorsForForm(e.fieldErrors) : null;
  if (isDomainError(e) && moved) throw new DomainError(e.code, e.message, { fieldErrors: moved });
  throw e;
}

export async function saveProjectAction(_prev: FormState, form: FormData): Promise<FormState> {
  let projectId = "";
  let notice = "project-created";
  const state = await runAction("requester", form, async (user) => {
    const parsed = projectFormSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return { status: "error", message: "Check the highlighted fields.", fieldErrors: zodFieldErrors(parsed.error), values: formValues(form) };
    const existing = form.get("projectId");
    if (existing) {
      const id = projectIdSchema.safeParse(existing);
      if (!id.success) throw new DomainError("NotFound", "That project does not exist or is not yours.");
      projectId = (await updateProject(user.id, id.data, parsed.data).catch(withRequirementFields)).id;
      notice = "project-updated";
    } else {
      projectId = (await createProject(user.id, parsed.data).catch(withRequirementFields)).id;
    }
  });
  if (state.status !== "ok") return { ...state, values: state.values ?? formValues(form) };
  revalidatePath("/requester/projects");
  redirect(`/requester/projects/${projectId}?notice=${notice}`);
}
