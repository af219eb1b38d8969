// SimplePlurality on worked examples: plurality and ties, the agreement threshold, the HIT and worker
// scores, the disregard rules and the extension limit.
import { describe, expect, it } from "vitest";
import { evaluatePlurality, pluralityDecision, type PluralityAssignment } from "./plurality";
import type { PluralitySettings } from "./settings";

const settings = (over: Partial<PluralitySettings> = {}): PluralitySettings => ({
  questionIds: ["color", "shape"],
  agreementThreshold: 50,
  disregardRejected: false,
  extendMinimumSeconds: 3600,
  ...over,
});
const work = (id: string, color: string, shape: string, extra: Partial<PluralityAssignment> = {}): PluralityAssignment => ({
  assignmentId: id,
  status: "Submitted",
  answers: new Map([
    ["color", color ? [color] : []],
    ["shape", shape ? [shape] : []],
  ]),
  ...extra,
});

describe("evaluatePlurality", () => {
  it("finds the plurality answer per question, and none on a tie", () => {
    const e = evaluatePlurality(settings(), [work("a1", "red", "round"), work("a2", "red", "square"), work("a3", "blue", "round"), work("a4", "red", "square")]);
    expect(e.questions).toEqual([
      { questionId: "color", agreementScore: 75, pluralityAnswer: "red", agreed: true },
      // 2 round, 2 square: the tied answers each have half, and there is no plurality answer to agree on.
      { questionId: "shape", agreementScore: 50, pluralityAnswer: undefined, agreed: false },
    ]);
    expect(e.hitAgreementScore).toBe(50);
    // Only "color" is agreed: a worker who said red agrees 100%, blue 0%.
    expect(e.workers).toEqual([
      { assignmentId: "a1", score: 100 },
      { assignmentId: "a2", score: 100 },
      { assignmentId: "a3", score: 0 },
      { assignmentId: "a4", score: 100 },
    ]);
  });

  it("agrees only when the agreement score is greater than QuestionAgreementThreshold, and then has no worker scores", () => {
    const three = [work("a1", "red", "round"), work("a2", "red", "round"), work("a3", "blue", "square")];
    // 2 of 3 is 66: above 65, not above 66.
    expect(evaluatePlurality(settings({ agreementThreshold: 65 }), three).hitAgreementScore).toBe(100);
    const strict = evaluatePlurality(settings({ agreementThreshold: 66 }), three);
    expect(strict.questions.map((q) => [q.pluralityAnswer, q.agreed])).toEqual([["red", false], ["round", false]]);
    expect(strict.hitAgreementScore).toBe(0);
    expect(strict.workers.every((w) => w.score === undefined)).toBe(true);
  });

  it("counts a blank, or an answer over 256 characters, as no vote but still in the denominator", () => {
    const long = "x".repeat(257);
    const e = evaluatePlurality(settings({ questionIds: ["color"], agreementThreshold: 0 }), [work("a1", "red", ""), work("a2", long, ""), work("a3", long, ""), work("a4", "", "")]);
    expect(e.questions).toEqual([{ questionId: "color", agreementScore: 25, pluralityAnswer: "red", agreed: true }]);
  });

  it("disregards rejected assignments and low known-answer scores when asked, leaving those out of the worker scores too", () => {
    const all = [
      work("a1", "red", "round"),
      work("a2", "blue", "square", { status: "Rejected" }),
      work("a3", "blue", "square", { knownAnswerScore: 40 }),
      work("a4", "blue", "square", { knownAnswerScore: 50 }),
    ];
    const counted = evaluatePlurality(settings({ agreementThreshold: 0 }), all);
    expect(counted.questions.map((q) => q.pluralityAnswer)).toEqual(["blue", "square"]);
    expect(counted.disregarded).toEqual([]);

    const e = evaluatePlurality(settings({ agreementThreshold: 0, disregardRejected: true, disregardIfKnownAnswerScoreBelow: 50 }), all);
    expect(e.disregarded).toEqual([
      { assignmentId: "a2", why: "rejected" },
      { assignmentId: "a3", why: "known-answer score 40 is below 50" },
    ]);
    // a1 and a4 remain: 1 red, 1 blue is a tie, so nothing is agreed and nobody gets a worker score.
    expect(e.questions.map((q) => q.pluralityAnswer)).toEqual([undefined, undefined]);
    expect(e.workers).toEqual([{ assignmentId: "a1", score: undefined }, { assignmentId: "a4", score: undefined }]);
    const a4Right = evaluatePlurality(settings({ agreementThreshold: 0, disregardRejected: true, disregardIfKnownAnswerScoreBelow: 50 }), [...all, work("a5", "red", "round")]);
    expect(a4Right.workers).toEqual([{ assignmentId: "a1", score: 100 }, { assignmentId: "a4", score: 0 }, { assignmentId: "a5", score: 100 }]);
  });
});

describe("pluralityDecision", () => {
  const three = [work("a1", "red", "round"), work("a2", "red", "round"), work("a3", "blue", "round")];
  const submitted = () => "Submitted";

  it("approves at exactly ApproveIfWorkerAgreementScoreIsAtLeast and rejects just below RejectIfWorkerAgreementScoreIsLessThan", () => {
    const s = settings({ approveIfWorkerAtLeast: 50, rejectIfWorkerBelow: 50, rejectReason: "Disagreed" });
    const e = evaluatePlurality(s, three);
    expect(e.workers.map((w) => w.score)).toEqual([100, 100, 50]);
    expect(pluralityDecision(s, e, { maxAssignments: 3 }, submitted)).toEqual({ approve: ["a1", "a2", "a3"], reject: [] });
    const stricter = settings({ approveIfWorkerAtLeast: 51, rejectIfWorkerBelow: 51 });
    expect(pluralityDecision(stricter, evaluatePlurality(stricter, three), { maxAssignments: 3 }, submitted)).toEqual({
      approve: ["a1", "a2"],
      reject: [{ assignmentId: "a3", feedback: expect.stringContaining("50%") }],
    });
  });

  it("acts only on assignments still awaiting review", () => {
    const s = settings({ approveIfWorkerAtLeast: 0 });
    const d = pluralityDecision(s, evaluatePlurality(s, three), { maxAssignments: 3 }, (id) => (id === "a2" ? "Approved" : "Submitted"));
    expect(d.approve).toEqual(["a1", "a3"]);
  });

  it("extends below ExtendIfHITAgreementScoreIsLessThan until ExtendMaximumAssignments, then no more", () => {
    const s = settings({ questionIds: ["color"], agreementThreshold: 50, extendIfHitAgreementBelow: 100, extendMaximumAssignments: 3 });
    const tie = evaluatePlurality(s, [work("a1", "red", ""), work("a2", "blue", "")]);
    expect(tie.hitAgreementScore).toBe(0);
    expect(pluralityDecision(s, tie, { maxAssignments: 2 }, submitted).extend).toEqual({ extend: true });
    expect(pluralityDecision(s, tie, { maxAssignments: 3 }, submitted).extend).toEqual({ extend: false, reason: expect.stringContaining("already has 3") });
    const agreed = evaluatePlurality(s, [work("a1", "red", ""), work("a2", "red", "")]);
    expect(pluralityDecision(s, agreed, { maxAssignments: 2 }, submitted).extend).toBeUndefined();
  });
});
