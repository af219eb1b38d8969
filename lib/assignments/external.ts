// Submissions from HTML-based questions (HTMLQuestion, ExternalQuestion, project layouts) arrive at
// /mturk/externalSubmit from a frame that carries no session: as on MTurk, the unguessable assignment id
// is the capability. Every form field becomes one FreeText answer (a crowd-form gives one taskAnswers).
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { answersToXml, freeTextAnswers } from "@/lib/questions/answers";
import { idPattern } from "@/lib/ids";
import { submitAssignment } from "./mutations";

export async function submitExternal(assignmentId: string, fields: Record<string, string | string[]>) {
  if (!idPattern.test(assignmentId)) throw new DomainError("InvalidInput", "The form did not include a valid assignmentId.");
  const a = await db.assignment.findUnique({ where: { id: assignmentId }, include: { hit: { select: { questionType: true } } } });
  if (!a) throw new DomainError("NotFound", "There is no such assignment.");
  if (a.hit.questionType === "QuestionForm") throw new DomainError("InvalidInput", "This HIT is submitted from its own form.");
  const rest = { ...fields };
  delete rest.assignmentId;
  return submitAssignment(a.workerId, a.id, answersToXml(freeTextAnswers(rest)));
}
