// Reading a policy's parameters: MTurk's ranges, the parameters that require others, clear messages.
import { describe, expect, it } from "vitest";
import { knownAnswerSettings, pluralitySettings } from "./settings";

const known = (...parameters: { key: string; values?: string[]; mapEntries?: { key: string; values: string[] }[] }[]) => ({
  policyName: "ScoreMyKnownAnswers/2011-09-01",
  parameters: [{ key: "AnswerKey", values: [], mapEntries: [{ key: "q1", values: [" blue "] }] }, ...parameters.map((p) => ({ values: [], mapEntries: [], ...p }))],
});
const plural = (...parameters: { key: string; values: string[] }[]) => ({ policyName: "SimplePlurality/2011-09-01", parameters: parameters.map((p) => ({ mapEntries: [], ...p })) });

describe("knownAnswerSettings", () => {
  it("reads the answer key and thresholds, with one hour as the default extension time", () => {
    const r = knownAnswerSettings(known({ key: "ApproveIfKnownAnswerScoreIsAtLeast", values: ["101"] }, { key: "ExtendIfKnownAnswerScoreIsLessThan", values: ["50"] }, { key: "ExtendMaximumAssignments", values: ["5"] }));
    expect(r).toEqual({ ok: true, settings: expect.objectContaining({ answerKey: new Map([["q1", ["blue"]]]), approveIfAtLeast: 101, extendIfLessThan: 50, extendMaximumAssignments: 5, extendMinimumSeconds: 3600 }) });
  });

  it("names every problem: missing key, out-of-range and non-numeric values, missing companions, crossed thresholds", () => {
    const noKey = knownAnswerSettings({ policyName: "ScoreMyKnownAnswers/2011-09-01", parameters: [] });
    expect(noKey).toEqual({ ok: false, problems: [expect.stringContaining("AnswerKey is required")] });
    const bad = knownAnswerSettings(known({ key: "ApproveIfKnownAnswerScoreIsAtLeast", values: ["102"] }, { key: "RejectIfKnownAnswerScoreIsLessThan", values: ["ten"] }, { key: "ExtendIfKnownAnswerScoreIsLessThan", values: ["10"] }, { key: "ExtendMinimumTimeInSeconds", values: ["60"] }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems).toEqual([
      expect.stringContaining("ApproveIfKnownAnswerScoreIsAtLeast must be a whole number from 0 to 101"),
      expect.stringContaining('"ten"'),
      expect.stringContaining("ExtendMinimumTimeInSeconds must be a whole number from 3600"),
      "ExtendMaximumAssignments is required with ExtendIfKnownAnswerScoreIsLessThan.",
    ]);
    const crossed = knownAnswerSettings(known({ key: "ApproveIfKnownAnswerScoreIsAtLeast", values: ["50"] }, { key: "RejectIfKnownAnswerScoreIsLessThan", values: ["60"] }));
    expect(!crossed.ok && crossed.problems).toEqual([expect.stringContaining("cannot be above ApproveIfKnownAnswerScoreIsAtLeast")]);
    expect(knownAnswerSettings(known({ key: "ExtendMaximumAssignments", values: ["26"] })).ok).toBe(false);
    expect(knownAnswerSettings(known({ key: "ExtendMaximumAssignments", values: ["1", "2"] }))).toEqual({ ok: false, problems: ["ExtendMaximumAssignments takes exactly one value."] });
  });
});

describe("pluralitySettings", () => {
  it("reads QuestionIds given comma-separated or as several values", () => {
    const one = pluralitySettings(plural({ key: "QuestionIds", values: ["a, b"] }, { key: "QuestionAgreementThreshold", values: ["49"] }, { key: "DisregardAssignmentIfRejected", values: ["TRUE"] }));
    expect(one).toEqual({ ok: true, settings: expect.objectContaining({ questionIds: ["a", "b"], agreementThreshold: 49, disregardRejected: true }) });
    const many = pluralitySettings(plural({ key: "QuestionIds", values: ["a", "b"] }, { key: "QuestionAgreementThreshold", values: ["49"] }));
    expect(many.ok && many.settings.questionIds).toEqual(["a", "b"]);
  });

  it("requires QuestionIds, the threshold, and both extension limits with ExtendIfHITAgreementScoreIsLessThan", () => {
    expect(pluralitySettings(plural())).toEqual({ ok: false, problems: [expect.stringContaining("QuestionIds is required"), "QuestionAgreementThreshold is required for SimplePlurality."] });
    const r = pluralitySettings(plural({ key: "QuestionIds", values: ["a"] }, { key: "QuestionAgreementThreshold", values: ["101"] }, { key: "ExtendIfHITAgreementScoreIsLessThan", values: ["50"] }, { key: "DisregardAssignmentIfRejected", values: ["yes"] }));
    expect(!r.ok && r.problems).toEqual([
      expect.stringContaining("QuestionAgreementThreshold must be a whole number from 0 to 100"),
      expect.stringContaining("DisregardAssignmentIfRejected must be true or false"),
      "ExtendMaximumAssignments is required with ExtendIfHITAgreementScoreIsLessThan.",
      "ExtendMinimumTimeInSeconds is required with ExtendIfHITAgreementScoreIsLessThan.",
    ]);
    const sixteen = Array.from({ length: 16 }, (_, i) => `q${i}`).join(",");
    expect(pluralitySettings(plural({ key: "QuestionIds", values: [sixteen] }, { key: "QuestionAgreementThreshold", values: ["1"] })).ok).toBe(false);
  });
});
