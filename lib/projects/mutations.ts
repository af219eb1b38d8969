// Creating and editing projects. Requirements are resolved against the database on save (own or system
// types, active), so a batch never fails later on a requirement that was wrong from the start.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { resolveRequirements } from "@/lib/qualifications/requirements";
import { projectSchema, type ProjectInput } from "./schema";
import { getProject } from "./queries";

async function parseProject(requesterId: string, raw: ProjectInput) {
  const parsed = projectSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    throw new DomainError("InvalidInput", issues[0]?.message ?? "Invalid project", {
      fieldErrors: Object.fromEntries(issues.map((i) => [String(i.path[0] ?? "form"), i.message])),
    });
  }
  const { qualificationRequirements, ...props } = parsed.data;
  const requirements = await resolveRequirements(requesterId, qualificationRequirements ?? []);
  return { ...props, qualificationRequirements: JSON.stringify(requirements) };
}

export async function createProject(requesterId: string, raw: ProjectInput) {
  const data = await parseProject(requesterId, raw);
  const at = now();
  const p = await db.project.create({ data: { id: newId(), requesterId, ...data, createdAt: at, updatedAt: at } });
  return getProject(requesterId, p.id);
}

/** Later batches use the new properties; HITs already published keep theirs (they have their own type). */
export async function updateProject(requesterId: string, projectId: string, raw: ProjectInput) {
  await getProject(requesterId, projectId);
  const data = await parseProject(requesterId, raw);
  // The owner is in the where clause, so the check above and this write cannot disagree.
  const res = await db.project.updateMany({ where: { id: projectId, requesterId }, data: { ...data, updatedAt: now() } });
  if (res.count !== 1) throw new DomainError("NotFound", "That project does not exist or is not yours.");
  return getProject(requesterId, projectId);
}
