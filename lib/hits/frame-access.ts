// Who may load an HTMLQuestion's (or a project layout HIT's) frame (app/mturk/frame): the requester who owns the HIT, and any
// active worker the requester has not blocked (workers preview a HIT before accepting it, as they
// can a QuestionForm). Everyone else gets NotFound, so the route does not reveal which HITs exist.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { parseHtmlQuestion, type HtmlQuestion } from "@/lib/questions/html-question";
import type { SessionUser } from "@/lib/auth/session";

export type FramedQuestion = HtmlQuestion & { kind: "HTMLQuestion" | "Layout" };

export async function htmlQuestionForViewer(user: SessionUser | null, hitId: string): Promise<FramedQuestion> {
  const notFound = new DomainError("NotFound", "That HIT does not exist or you cannot see it.");
  if (!user) throw notFound;
  const hit = await db.hIT.findUnique({
    where: { id: hitId },
    select: { question: true, questionType: true, requesterId: true, requester: { select: { status: true } } },
  });
  if (!hit || (hit.questionType !== "HTMLQuestion" && hit.questionType !== "Layout")) throw notFound;
  if (hit.requesterId !== user.id) {
    if (!user.isWorker || hit.requester.status !== "Active") throw notFound;
    const blocked = await db.workerBlock.findUnique({ where: { requesterId_workerId: { requesterId: hit.requesterId, workerId: user.id } } });
    if (blocked) throw notFound;
  }
  // A layout HIT's question is the filled fragment itself; it sizes itself like FrameHeight 0.
  if (hit.questionType === "Layout") return { kind: "Layout", html: hit.question, frameHeight: 0 };
  return { kind: "HTMLQuestion", ...parseHtmlQuestion(hit.question) };
}
