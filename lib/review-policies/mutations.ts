// Running a HIT's review policies. Both run inside the transaction that changed the work (a submission,
// or an expiry that left the HIT Reviewable), so a crash can never lose a review or apply half of one,
// and approvals, rejections and extensions move escrow through the same domain functions as a
// requester's own. The assignment-level policy runs first, so that the HIT-level one sees its scores
// and rejections when it decides which assignments to disregard.
import type { Tx } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { approveAssignment, rejectAssignment } from "@/lib/assignments/mutations";
import { effectiveStatus } from "@/lib/hits/status";
import { answerValues } from "./answer-values";
import { extendByOne } from "./extend";
import { knownAnswerDecision, scoreKnownAnswers, type ExtendDecision } from "./known-answers";
import { evaluatePlurality, pluralityDecision } from "./plurality";
import { attempt, recorder, type Outcome } from "./record";
import { storedPolicy } from "./schema";
import { knownAnswerSettings, pluralitySettings } from "./settings";

const REVIEWED = ["Submitted", "Approved", "Rejected"];

/** Called by submitAssignment as its last step: the assignment's policy, then the HIT's if now due. */
export async function runReviewPolicies(tx: Tx, assignmentId: string) {
  const { hitId } = await tx.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { hitId: true } });
  await reviewAssignment(tx, assignmentId);
  await reviewHitIfDue(tx, hitId);
}

/** The "extend" action, or a Cancelled one when ExtendMaximumAssignments is reached. */
async function extend(tx: Tx, record: ReturnType<typeof recorder>, hitId: string, decision: ExtendDecision, minimumSeconds: number): Promise<Outcome> {
  const outcome: Outcome = decision.extend ? await attempt(() => extendByOne(tx, hitId, minimumSeconds)) : { status: "Cancelled", result: decision.reason };
  return record.action({ actionName: "extend", targetId: hitId, targetType: "HIT" }, outcome);
}

type Verdict = { verdict: "approve"; feedback?: string } | { verdict: "reject"; feedback: string };

/** Approves or rejects as the HIT's requester would, recording the action with the score that decided it. */
async function judge(tx: Tx, record: ReturnType<typeof recorder>, requesterId: string, assignmentId: string, v: Verdict, why: string) {
  const outcome = await attempt(async () => {
    if (v.verdict === "approve") await approveAssignment({ requesterId }, assignmentId, v.feedback, { tx });
    else await rejectAssignment(requesterId, assignmentId, v.feedback, tx);
    return `${v.verdict === "approve" ? "Approved" : "Rejected"}: ${why}.`;
  });
  return record.action({ actionName: v.verdict, targetId: assignmentId, targetType: "Assignment", assignmentId }, outcome);
}

async function reviewAssignment(tx: Tx, assignmentId: string) {
  const a = await tx.assignment.findUniqueOrThrow({ where: { id: assignmentId }, include: { hit: true } });
  const policy = storedPolicy(a.hit.assignmentReviewPolicy);
  const read = policy && knownAnswerSettings(policy);
  if (!read?.ok) return;
  const s = read.settings;
  const { perQuestion, score } = scoreKnownAnswers(s.answerKey, answerValues(a.answer));
  const record = recorder(tx, a.hitId, "Assignment");
  const subject = { subjectId: a.id, subjectType: "Assignment", assignmentId: a.id } as const;
  await record.results([
    ...perQuestion.map((q) => ({ ...subject, questionId: q.questionId, key: "KnownAnswerCorrect", value: String(q.correct) })),
    { ...subject, key: "KnownAnswerScore", value: String(score) },
  ]);
  const d = knownAnswerDecision(s, score, a.hit);
  const why = `known-answer score ${score}`;
  if (d.approve) await judge(tx, record, a.requesterId, a.id, { verdict: "approve", feedback: d.approve.feedback }, why);
  if (d.reject) await judge(tx, record, a.requesterId, a.id, { verdict: "reject", feedback: d.reject.feedback }, why);
  if (d.extend) await extend(tx, record, a.hitId, d.extend, s.extendMinimumSeconds);
}

/**
 * The HIT-level policy, when the HIT has just become Reviewable: every slot submitted, or expired with
 * nothing in progress. Callers are the writes that make it so (a submission, an expiry, the end of the
 * last assignment in progress on an expired HIT), so it runs once each time the HIT becomes Reviewable.
 */
export async function reviewHitIfDue(tx: Tx, hitId: string) {
  const hit = await tx.hIT.findUniqueOrThrow({ where: { id: hitId } });
  const policy = storedPolicy(hit.hitReviewPolicy);
  const read = policy && pluralitySettings(policy);
  if (!read?.ok || effectiveStatus(hit, now()) !== "Reviewable" || hit.numSubmitted + hit.numCompleted === 0) return;
  const s = read.settings;
  const assignments = await tx.assignment.findMany({ where: { hitId, status: { in: REVIEWED } }, orderBy: [{ submittedAt: "asc" }, { id: "asc" }] });
  const known = await tx.reviewResult.findMany({ where: { hitId, policyLevel: "Assignment", key: "KnownAnswerScore" }, select: { subjectId: true, value: true } });
  const knownScore = new Map(known.map((k) => [k.subjectId, Number(k.value)]));
  const e = evaluatePlurality(
    s,
    assignments.map((a) => ({ assignmentId: a.id, status: a.status, knownAnswerScore: knownScore.get(a.id), answers: answerValues(a.answer) })),
  );

  const record = recorder(tx, hitId, "HIT");
  // A later evaluation (after an extension) sees every answer so far and replaces the earlier results.
  await tx.reviewResult.deleteMany({ where: { hitId, policyLevel: "HIT" } });
  const onHit = { subjectId: hitId, subjectType: "HIT" } as const;
  await record.results([
    ...e.questions.flatMap((q) => [
      { ...onHit, questionId: q.questionId, key: "AgreementScore", value: String(q.agreementScore) },
      ...(q.pluralityAnswer !== undefined ? [{ ...onHit, questionId: q.questionId, key: "PluralityAnswer", value: q.pluralityAnswer }] : []),
    ]),
    { ...onHit, key: "HITAgreementScore", value: String(e.hitAgreementScore) },
    ...e.workers.flatMap((w) => (w.score === undefined ? [] : [{ subjectId: w.assignmentId, subjectType: "Assignment" as const, assignmentId: w.assignmentId, key: "WorkerAgreementScore", value: String(w.score) }])),
  ]);

  const status = new Map(assignments.map((a) => [a.id, a.status]));
  const d = pluralityDecision(s, e, hit, (id) => status.get(id) ?? "");
  if (d.extend && (await extend(tx, record, hitId, d.extend, s.extendMinimumSeconds)).status === "Succeeded") {
    return; // Approvals and rejections wait for the next evaluation: the new worker's answers can move the plurality.
  }
  const scoreOf = new Map(e.workers.map((w) => [w.assignmentId, w.score]));
  const why = (id: string) => `worker agreement score ${scoreOf.get(id)}`;
  for (const id of d.approve) await judge(tx, record, hit.requesterId, id, { verdict: "approve" }, why(id));
  for (const r of d.reject) await judge(tx, record, hit.requesterId, r.assignmentId, { verdict: "reject", feedback: r.feedback }, why(r.assignmentId));
}
