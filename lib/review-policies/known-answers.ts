// ScoreMyKnownAnswers/2011-09-01: the share of known-answer questions an assignment got right, and what
// the policy does about it. Pure, so the thresholds can be tested on worked examples.
import { normalized, sameAnswer, type AnswerValues } from "./answer-values";
import type { KnownAnswerSettings } from "./settings";

export interface KnownAnswerScore {
  perQuestion: { questionId: string; correct: boolean }[];
  /** Percent correct, rounded down: a worker is never credited with more than they scored. */
  score: number;
}

export function scoreKnownAnswers(answerKey: KnownAnswerSettings["answerKey"], answers: AnswerValues): KnownAnswerScore {
  const perQuestion = [...answerKey].map(([questionId, expected]) => ({
    questionId,
    // A missing answer is an empty one: right only where the key itself is empty (MTurk's rule both ways).
    correct: sameAnswer(normalized(expected), normalized(answers.get(questionId) ?? [])),
  }));
  const right = perQuestion.filter((q) => q.correct).length;
  return { perQuestion, score: Math.floor((100 * right) / perQuestion.length) };
}

export type ExtendDecision = { extend: true } | { extend: false; reason: string };

export interface KnownAnswerDecision {
  approve?: { feedback?: string };
  reject?: { feedback: string };
  extend?: ExtendDecision;
}

/** Whether one more assignment is allowed: ExtendMaximumAssignments counts the HIT's assignments in all. */
export function extensionAllowed(maxAssignments: number, limit: number): ExtendDecision {
  return maxAssignments < limit
    ? { extend: true }
    : { extend: false, reason: `The HIT already has ${maxAssignments} assignments, the most ExtendMaximumAssignments (${limit}) allows.` };
}

export function knownAnswerDecision(s: KnownAnswerSettings, score: number, hit: { maxAssignments: number }): KnownAnswerDecision {
  const d: KnownAnswerDecision = {};
  if (s.approveIfAtLeast !== undefined && score >= s.approveIfAtLeast) d.approve = { feedback: s.approveReason };
  else if (s.rejectIfLessThan !== undefined && score < s.rejectIfLessThan) {
    d.reject = { feedback: s.rejectReason || `Your score on the questions with known answers was ${score}%, below the ${s.rejectIfLessThan}% this HIT requires.` };
  }
  if (s.extendIfLessThan !== undefined && score < s.extendIfLessThan) d.extend = extensionAllowed(hit.maxAssignments, s.extendMaximumAssignments!);
  return d;
}
