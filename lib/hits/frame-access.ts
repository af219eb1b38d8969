// Who may load an HTMLQuestion's frame (app/mturk/frame): the requester who owns the HIT, and any
// active worker the requester has not blocked (workers preview a HIT before accepting it, as they
// can a QuestionForm). Everyone else gets NotFound, so the route does not reveal which HITs exist.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { parseHtmlQuestion, type HtmlQuestion } from "@/lib/questions/html-question";
import type { SessionUser } from "@/lib/auth/session";

export async function htmlQuestionForViewer(user: SessionUser | null, hitId: string): Promise<HtmlQuestion> {
  const notFound = new DomainError("NotFound", "That HIT does not exist or you cannot see it.");
  if (!user) throw notFound;
  const hit = await db.hIT.findUnique({
    where: { id: hitId },
    select: { question: true, questionType: true, requesterId: true, requester: { select: { status: true } } },
  });
  if (!hit || hit.questionType !== "HTMLQuestion") throw notFound;
  if (hit.requesterId !== user.id) {
    if (!user.isWorker || hit.requester.status !== "Active") throw notFound;
    const blocked = await db.workerBlock.findUnique({ where: { requesterId_workerId: { requesterId: hit.requesterId, workerId: user.id } } });
    if (blocked) throw notFound;
  }
  return parseHtmlQuestion(hit.question);
}
