// A page's project: the signed-in requester's own, or the 404 page (another's looks like a missing one).
import { notFound } from "next/navigation";
import { isDomainError } from "@/lib/errors";
import { getProject } from "@/lib/projects/queries";

export async function projectOr404(requesterId: string, projectId: string) {
  try {
    return await getProject(requesterId, projectId);
  } catch (e) {
    if (isDomainError(e) && e.code === "NotFound") notFound();
    throw e;
  }
}
