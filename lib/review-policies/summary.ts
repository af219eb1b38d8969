// The requester's page of a HIT's automatic review: agreement per question, each assignment's scores and
// the actions taken, read from the same report ListReviewPolicyResultsForHIT answers (owner only).
import { db } from "@/lib/db/client";
import { reviewOfHit } from "./queries";
import { knownAnswerSettings, pluralitySettings } from "./settings";

/** Enough for any HIT the policies can produce (at most 25 assignments after extensions, 15 questions). */
const ALL = { skip: 0, take: 1000 };

export async function reviewSummaryOfHit(requesterId: string, hitId: string) {
  const { levels } = await reviewOfHit(requesterId, hitId, ALL);
  const assignmentLevel = levels.Assignment!;
  const hitLevel = levels.HIT!;
  const known = assignmentLevel.policy ? knownAnswerSettings(assignmentLevel.policy) : null;
  const plurality = hitLevel.policy ? pluralitySettings(hitLevel.policy) : null;

  const hitResults = hitLevel.results.filter((r) => r.subjectType === "HIT");
  const questions = (plurality?.ok ? plurality.settings.questionIds : []).map((questionId) => ({
    questionId,
    agreementScore: hitResults.find((r) => r.questionId === questionId && r.key === "AgreementScore")?.value,
    pluralityAnswer: hitResults.find((r) => r.questionId === questionId && r.key === "PluralityAnswer")?.value,
  }));
  const scoreOf = (rows: typeof hitLevel.results, assignmentId: string, key: string) => rows.find((r) => r.subjectId === assignmentId && r.key === key)?.value;
  const assignments = await db.assignment.findMany({
    where: { hitId, status: { in: ["Submitted", "Approved", "Rejected"] } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: { id: true, workerId: true, status: true, submittedAt: true },
  });
  return {
    knownAnswers: known?.ok ? known.settings : null,
    plurality: plurality?.ok ? plurality.settings : null,
    questions,
    hitAgreementScore: hitResults.find((r) => r.key === "HITAgreementScore")?.value,
    assignments: assignments.map((a) => ({
      ...a,
      knownAnswerScore: scoreOf(assignmentLevel.results, a.id, "KnownAnswerScore"),
      workerAgreementScore: scoreOf(hitLevel.results, a.id, "WorkerAgreementScore"),
    })),
    actions: [...assignmentLevel.actions.map((a) => ({ ...a, level: "Known answers" })), ...hitLevel.actions.map((a) => ({ ...a, level: "Plurality" }))].sort(
      (x, y) => x.createdAt.getTime() - y.createdAt.getTime(),
    ),
  };
}

export type ReviewSummary = Awaited<ReturnType<typeof reviewSummaryOfHit>>;
