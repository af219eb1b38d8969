// A HIT's question made from a project's layout and one set of values (MTurk's HITLayoutId with
// HITLayoutParameters, the API's way of publishing a project's HIT one at a time).
import { DomainError } from "@/lib/errors";
import { fillLayout, missingColumns } from "./layout";
import { getProject } from "./queries";

export interface LayoutQuestion {
  question: string;
  layoutId: string;
  layoutParameters: string;
}

export async function layoutQuestion(requesterId: string, projectId: string, parameters: Readonly<Record<string, string>>): Promise<LayoutQuestion> {
  const project = await getProject(requesterId, projectId).catch((e) => {
    throw e instanceof DomainError && e.code === "NotFound"
      ? new DomainError("NotFound", `There is no HIT layout ${projectId}.`, { turkErrorCode: "AWS.MechanicalTurk.HITLayoutDoesNotExist" })
      : e;
  });
  const missing = missingColumns(project.layout, Object.keys(parameters));
  if (missing.length > 0) {
    throw new DomainError("InvalidInput", `HITLayoutParameters has no value for ${missing.join(", ")}, which the layout uses.`);
  }
  return { question: fillLayout(project.layout, parameters), layoutId: project.id, layoutParameters: JSON.stringify(parameters) };
}
