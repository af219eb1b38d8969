// SimplePlurality/2011-09-01: how far the workers of one HIT agree, question by question. Pure, so ties,
// thresholds and the disregard rules can be tested on worked examples. MTurk's definitions:
// - a question's plurality answer is the answer given most often; when two answers tie for most, there is none;
// - its agreement score is the share of the counted assignments that gave the plurality answer (on a tie,
//   the share of each tied answer), and it has an agreed answer when that score is greater than
//   QuestionAgreementThreshold;
// - the HIT agreement score is the share of the policy's questions with an agreed answer;
// - a worker's agreement score is the share of the agreed questions on which they gave the agreed answer.
// Scores are whole percents rounded down.
import { answerText, type AnswerValues } from "./answer-values";
import { extensionAllowed, type ExtendDecision } from "./known-answers";
import type { PluralitySettings } from "./settings";

/** MTurk leaves longer answers out of the comparison. */
export const MAX_COMPARED_ANSWER_CHARS = 256;

export interface PluralityAssignment {
  assignmentId: string;
  status: string;
  /** The assignment-level policy's score, when that policy ran on this assignment. */
  knownAnswerScore?: number;
  answers: AnswerValues;
}

export interface QuestionAgreement {
  questionId: string;
  agreementScore: number;
  pluralityAnswer?: string;
  agreed: boolean;
}

export interface PluralityEvaluation {
  disregarded: { assignmentId: string; why: string }[];
  questions: QuestionAgreement[];
  hitAgreementScore: number;
  /** Each counted assignment's agreement with the agreed answers; none when no question reached agreement. */
  workers: { assignmentId: string; score?: number }[];
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.floor((100 * part) / whole));

function disregardReason(s: PluralitySettings, a: PluralityAssignment): string | undefined {
  if (s.disregardRejected && a.status === "Rejected") return "rejected";
  if (s.disregardIfKnownAnswerScoreBelow !== undefined && a.knownAnswerScore !== undefined && a.knownAnswerScore < s.disregardIfKnownAnswerScoreBelow) {
    return `known-answer score ${a.knownAnswerScore} is below ${s.disregardIfKnownAnswerScoreBelow}`;
  }
  return undefined;
}

/** The answer to compare, or undefined when there is none to count (blank, a file, or too long). */
function comparable(answers: AnswerValues, questionId: string): string | undefined {
  const values = answers.get(questionId) ?? [];
  const text = answerText(values);
  return values.length > 0 && text.length <= MAX_COMPARED_ANSWER_CHARS ? text : undefined;
}

function agreementOn(s: PluralitySettings, questionId: string, counted: PluralityAssignment[]): QuestionAgreement {
  const tally = new Map<string, number>();
  for (const a of counted) {
    const answer = comparable(a.answers, questionId);
    if (answer !== undefined) tally.set(answer, (tally.get(answer) ?? 0) + 1);
  }
  const ranked = [...tally].sort((x, y) => y[1] - x[1]);
  const [top, second] = ranked;
  const agreementScore = top ? percent(top[1], counted.length) : 0;
  const pluralityAnswer = top && !(second && second[1] === top[1]) ? top[0] : undefined;
  return { questionId, agreementScore, pluralityAnswer, agreed: pluralityAnswer !== undefined && agreementScore > s.agreementThreshold };
}

export function evaluatePlurality(s: PluralitySettings, assignments: PluralityAssignment[]): PluralityEvaluation {
  const disregarded: PluralityEvaluation["disregarded"] = [];
  const counted = assignments.filter((a) => {
    const why = disregardReason(s, a);
    if (why) disregarded.push({ assignmentId: a.assignmentId, why });
    return !why;
  });
  const questions = s.questionIds.map((q) => agreementOn(s, q, counted));
  const agreed = questions.filter((q) => q.agreed);
  // A disregarded assignment is out of the evaluation altogether: no worker score, so no action on it.
  const workers = counted.map((a) => ({
    assignmentId: a.assignmentId,
    score: agreed.length === 0 ? undefined : percent(agreed.filter((q) => comparable(a.answers, q.questionId) === q.pluralityAnswer).length, agreed.length),
  }));
  return { disregarded, questions, hitAgreementScore: percent(agreed.length, questions.length), workers };
}

export interface PluralityDecision {
  extend?: ExtendDecision;
  approve: string[];
  reject: { assignmentId: string; feedback: string }[];
}

/** What the policy does; only assignments still awaiting review are approved or rejected. */
export function pluralityDecision(s: PluralitySettings, e: PluralityEvaluation, hit: { maxAssignments: number }, statusOf: (assignmentId: string) => string): PluralityDecision {
  const d: PluralityDecision = { approve: [], reject: [] };
  if (s.extendIfHitAgreementBelow !== undefined && e.hitAgreementScore < s.extendIfHitAgreementBelow) {
    d.extend = extensionAllowed(hit.maxAssignments, s.extendMaximumAssignments!);
  }
  for (const w of e.workers) {
    if (w.score === undefined || statusOf(w.assignmentId) !== "Submitted") continue;
    if (s.approveIfWorkerAtLeast !== undefined && w.score >= s.approveIfWorkerAtLeast) d.approve.push(w.assignmentId);
    else if (s.rejectIfWorkerBelow !== undefined && w.score < s.rejectIfWorkerBelow) {
      d.reject.push({ assignmentId: w.assignmentId, feedback: s.rejectReason || `Your answers agreed with other workers' on ${w.score}% of the questions; this HIT requires ${s.rejectIfWorkerBelow}%.` });
    }
  }
  return d;
}
