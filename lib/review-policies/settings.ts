// A policy's parameters (MTurk's Key / Values / MapEntries strings) read into typed settings, with
// MTurk's ranges and required parameters. One reader serves creation (schema.ts turns the problems into
// a RequestError) and evaluation (mutations.ts reads the stored policy again).
import type { ReviewPolicy } from "./schema";

export interface KnownAnswerSettings {
  /** QuestionId -> the correct answer (several values: a multiple selection, matched as a set). */
  answerKey: Map<string, string[]>;
  approveIfAtLeast?: number;
  approveReason?: string;
  rejectIfLessThan?: number;
  rejectReason?: string;
  extendIfLessThan?: number;
  extendMaximumAssignments?: number;
  extendMinimumSeconds: number;
}

export interface PluralitySettings {
  questionIds: string[];
  agreementThreshold: number;
  disregardRejected: boolean;
  disregardIfKnownAnswerScoreBelow?: number;
  extendIfHitAgreementBelow?: number;
  extendMaximumAssignments?: number;
  extendMinimumSeconds: number;
  approveIfWorkerAtLeast?: number;
  rejectIfWorkerBelow?: number;
  rejectReason?: string;
}

export type Settings<T> = { ok: true; settings: T } | { ok: false; problems: string[] };

/** MTurk's bounds: score thresholds 0-101 (101 means "never"), extension limits 2-25, one hour to a year. */
export const BOUNDS = {
  knownAnswerScore: [0, 101],
  agreement: [0, 100],
  extendMaximumAssignments: [2, 25],
  extendMinimumSeconds: [3600, 31_536_000],
  questionIds: 15,
} as const;

function reader(policy: ReviewPolicy) {
  const problems: string[] = [];
  const byKey = new Map(policy.parameters.map((p) => [p.key, p]));
  const single = (key: string): string | undefined => {
    const p = byKey.get(key);
    if (!p) return undefined;
    if (p.values.length !== 1) {
      problems.push(`${key} takes exactly one value.`);
      return undefined;
    }
    return p.values[0].trim();
  };
  return {
    problems,
    has: (key: string) => byKey.has(key),
    mapEntries: (key: string) => byKey.get(key)?.mapEntries,
    values: (key: string) => byKey.get(key)?.values,
    text: (key: string) => single(key),
    integer(key: string, [min, max]: readonly [number, number]): number | undefined {
      const raw = single(key);
      if (raw === undefined) return undefined;
      if (!/^-?[0-9]+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        problems.push(`${key} must be a whole number from ${min} to ${max}; "${raw}" is not.`);
        return undefined;
      }
      return Number(raw);
    },
    boolean(key: string): boolean | undefined {
      const raw = single(key);
      if (raw === undefined) return undefined;
      if (!/^(true|false)$/i.test(raw)) {
        problems.push(`${key} must be true or false; "${raw}" is not.`);
        return undefined;
      }
      return raw.toLowerCase() === "true";
    },
    require(key: string, why: string) {
      if (!byKey.has(key)) problems.push(`${key} is required ${why}.`);
    },
  };
}

const done = <T>(problems: string[], settings: T): Settings<T> => (problems.length > 0 ? { ok: false, problems } : { ok: true, settings });

export function knownAnswerSettings(policy: ReviewPolicy): Settings<KnownAnswerSettings> {
  const r = reader(policy);
  const entries = r.mapEntries("AnswerKey") ?? [];
  if (!r.has("AnswerKey") || entries.length === 0) r.problems.push("AnswerKey is required: give at least one QuestionId with its known answer.");
  const answerKey = new Map<string, string[]>();
  for (const e of entries) {
    if (answerKey.has(e.key.trim())) r.problems.push(`The AnswerKey gives question "${e.key}" twice.`);
    answerKey.set(e.key.trim(), e.values.map((v) => v.trim()));
  }
  const s: KnownAnswerSettings = {
    answerKey,
    approveIfAtLeast: r.integer("ApproveIfKnownAnswerScoreIsAtLeast", BOUNDS.knownAnswerScore),
    approveReason: r.text("ApproveReason"),
    rejectIfLessThan: r.integer("RejectIfKnownAnswerScoreIsLessThan", BOUNDS.knownAnswerScore),
    rejectReason: r.text("RejectReason"),
    extendIfLessThan: r.integer("ExtendIfKnownAnswerScoreIsLessThan", BOUNDS.knownAnswerScore),
    extendMaximumAssignments: r.integer("ExtendMaximumAssignments", BOUNDS.extendMaximumAssignments),
    extendMinimumSeconds: r.integer("ExtendMinimumTimeInSeconds", BOUNDS.extendMinimumSeconds) ?? BOUNDS.extendMinimumSeconds[0],
  };
  if (r.has("ExtendIfKnownAnswerScoreIsLessThan")) r.require("ExtendMaximumAssignments", "with ExtendIfKnownAnswerScoreIsLessThan");
  // Otherwise one score could both approve and reject the same assignment.
  if (s.approveIfAtLeast !== undefined && s.rejectIfLessThan !== undefined && s.rejectIfLessThan > s.approveIfAtLeast) {
    r.problems.push(`RejectIfKnownAnswerScoreIsLessThan (${s.rejectIfLessThan}) cannot be above ApproveIfKnownAnswerScoreIsAtLeast (${s.approveIfAtLeast}).`);
  }
  return done(r.problems, s);
}

export function pluralitySettings(policy: ReviewPolicy): Settings<PluralitySettings> {
  const r = reader(policy);
  // MTurk documents one comma-separated value; SDK users also send one value per question.
  const questionIds = [...new Set((r.values("QuestionIds") ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean))];
  if (questionIds.length === 0) r.problems.push("QuestionIds is required: name the questions whose answers should agree.");
  if (questionIds.length > BOUNDS.questionIds) r.problems.push(`QuestionIds names at most ${BOUNDS.questionIds} questions.`);
  r.require("QuestionAgreementThreshold", "for SimplePlurality");
  const s: PluralitySettings = {
    questionIds,
    agreementThreshold: r.integer("QuestionAgreementThreshold", BOUNDS.agreement) ?? 0,
    disregardRejected: r.boolean("DisregardAssignmentIfRejected") ?? false,
    disregardIfKnownAnswerScoreBelow: r.integer("DisregardAssignmentIfKnownAnswerScoreIsLessThan", BOUNDS.knownAnswerScore),
    extendIfHitAgreementBelow: r.integer("ExtendIfHITAgreementScoreIsLessThan", BOUNDS.agreement),
    extendMaximumAssignments: r.integer("ExtendMaximumAssignments", BOUNDS.extendMaximumAssignments),
    extendMinimumSeconds: r.integer("ExtendMinimumTimeInSeconds", BOUNDS.extendMinimumSeconds) ?? BOUNDS.extendMinimumSeconds[0],
    approveIfWorkerAtLeast: r.integer("ApproveIfWorkerAgreementScoreIsAtLeast", BOUNDS.agreement),
    rejectIfWorkerBelow: r.integer("RejectIfWorkerAgreementScoreIsLessThan", BOUNDS.agreement),
    rejectReason: r.text("RejectReason"),
  };
  if (r.has("ExtendIfHITAgreementScoreIsLessThan")) {
    r.require("ExtendMaximumAssignments", "with ExtendIfHITAgreementScoreIsLessThan");
    r.require("ExtendMinimumTimeInSeconds", "with ExtendIfHITAgreementScoreIsLessThan");
  }
  if (s.approveIfWorkerAtLeast !== undefined && s.rejectIfWorkerBelow !== undefined && s.rejectIfWorkerBelow > s.approveIfWorkerAtLeast) {
    r.problems.push(`RejectIfWorkerAgreementScoreIsLessThan (${s.rejectIfWorkerBelow}) cannot be above ApproveIfWorkerAgreementScoreIsAtLeast (${s.approveIfWorkerAtLeast}).`);
  }
  return done(r.problems, s);
}

/** The questions a policy refers to, so creation can check them against the HIT's question. */
export function policyQuestionIds(level: "Assignment" | "HIT", policy: ReviewPolicy): string[] {
  const parsed = level === "Assignment" ? knownAnswerSettings(policy) : pluralitySettings(policy);
  if (!parsed.ok) return [];
  return "answerKey" in parsed.settings ? [...parsed.settings.answerKey.keys()] : parsed.settings.questionIds;
}
