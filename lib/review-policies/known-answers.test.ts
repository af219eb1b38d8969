// ScoreMyKnownAnswers on worked examples: the score, and the thresholds exactly at their edges.
import { describe, expect, it } from "vitest";
import { knownAnswerDecision, scoreKnownAnswers } from "./known-answers";
import type { KnownAnswerSettings } from "./settings";

const key = new Map([
  ["q1", ["blue"]],
  ["q2", ["A", "B"]],
  ["q3", ["7"]],
]);
const answers = (entries: [string, string[]][]) => new Map(entries);
const settings = (over: Partial<KnownAnswerSettings>): KnownAnswerSettings => ({ answerKey: key, extendMinimumSeconds: 3600, ...over });

describe("scoreKnownAnswers", () => {
  it("scores the percent of known answers matched exactly, trimmed, selections as sets, rounded down", () => {
    const all = scoreKnownAnswers(key, answers([["q1", ["blue"]], ["q2", ["B", "A"]], ["q3", ["7"]]]));
    expect(all).toEqual({ score: 100, perQuestion: [{ questionId: "q1", correct: true }, { questionId: "q2", correct: true }, { questionId: "q3", correct: true }] });
    // Case differs on q1, only one of two selections on q2: 1 of 3 right is 33%, not 33.3 or 34.
    const one = scoreKnownAnswers(key, answers([["q1", ["Blue"]], ["q2", ["A"]], ["q3", ["7"]]]));
    expect(one.score).toBe(33);
    expect(one.perQuestion.map((q) => q.correct)).toEqual([false, false, true]);
    // 2 of 3 is 66 (rounded down), and a missing answer is wrong.
    expect(scoreKnownAnswers(key, answers([["q1", ["blue"]], ["q2", ["A", "B"]]])).score).toBe(66);
    expect(scoreKnownAnswers(key, new Map()).score).toBe(0);
  });

  it("counts an empty key right only for an empty answer, and an empty answer wrong against a value", () => {
    const emptyKey = new Map([["note", [] as string[]]]);
    expect(scoreKnownAnswers(emptyKey, new Map()).score).toBe(100);
    expect(scoreKnownAnswers(emptyKey, answers([["note", ["something"]]])).score).toBe(0);
  });
});

describe("knownAnswerDecision", () => {
  const hit = { maxAssignments: 1 };

  it("approves at exactly ApproveIfKnownAnswerScoreIsAtLeast and not one point below", () => {
    const s = settings({ approveIfAtLeast: 66, approveReason: "Well done" });
    expect(knownAnswerDecision(s, 66, hit)).toEqual({ approve: { feedback: "Well done" } });
    expect(knownAnswerDecision(s, 65, hit)).toEqual({});
  });

  it("rejects just below RejectIfKnownAnswerScoreIsLessThan and not at it, with the reason or a default one", () => {
    const s = settings({ rejectIfLessThan: 50 });
    expect(knownAnswerDecision(s, 50, hit)).toEqual({});
    expect(knownAnswerDecision(s, 49, hit).reject!.feedback).toContain("49%");
    expect(knownAnswerDecision(settings({ rejectIfLessThan: 50, rejectReason: "Too many wrong" }), 0, hit)).toEqual({ reject: { feedback: "Too many wrong" } });
  });

  it("approve wins where both thresholds meet, and never approves and rejects together", () => {
    const s = settings({ approveIfAtLeast: 60, rejectIfLessThan: 60 });
    expect(knownAnswerDecision(s, 60, hit)).toEqual({ approve: { feedback: undefined } });
    expect(knownAnswerDecision(s, 59, hit)).toMatchObject({ reject: {} });
  });

  it("extends below ExtendIfKnownAnswerScoreIsLessThan until the HIT has ExtendMaximumAssignments, then no more", () => {
    const s = settings({ extendIfLessThan: 100, extendMaximumAssignments: 3 });
    expect(knownAnswerDecision(s, 100, { maxAssignments: 1 })).toEqual({});
    expect(knownAnswerDecision(s, 99, { maxAssignments: 2 })).toEqual({ extend: { extend: true } });
    expect(knownAnswerDecision(s, 99, { maxAssignments: 3 })).toEqual({ extend: { extend: false, reason: expect.stringContaining("ExtendMaximumAssignments (3)") } });
  });
});
