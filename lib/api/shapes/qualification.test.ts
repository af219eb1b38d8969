import { describe, expect, it } from "vitest";
import { qualificationShape, qualificationRequestShape } from "./qualification";

const base = { qualificationTypeId: "00000000000000000071", workerId: "AWORKER0000001", integerValue: null, localeCountry: null, localeSubdivision: null, status: "Granted", grantedAt: new Date(1_795_926_000_500) };

describe("qualificationShape", () => {
  it("gives a locale value as MTurk's Locale, the grant time in epoch seconds, and no IntegerValue when there is none", () => {
    expect(qualificationShape({ ...base, localeCountry: "US", localeSubdivision: "NY" })).toEqual({
      QualificationTypeId: "00000000000000000071",
      WorkerId: "AWORKER0000001",
      GrantTime: 1_795_926_000.5,
      LocaleValue: { Country: "US", Subdivision: "NY" },
      Status: "Granted",
    });
    expect(qualificationShape({ ...base, localeCountry: "CA" }).LocaleValue).toEqual({ Country: "CA" });
    expect(qualificationShape({ ...base, integerValue: 0, status: "Revoked" })).toMatchObject({ IntegerValue: 0, Status: "Revoked" });
  });
});

describe("qualificationRequestShape", () => {
  const request = { id: "R1", qualificationTypeId: "T1", workerId: "AW1", submittedAt: new Date(1_795_926_000_000), test: "<QuestionForm/>", answer: null };
  it("shows the test only with the worker's answers", () => {
    expect(qualificationRequestShape(request as never)).toEqual({ QualificationRequestId: "R1", QualificationTypeId: "T1", WorkerId: "AW1", SubmitTime: 1_795_926_000 });
    expect(qualificationRequestShape({ ...request, answer: "<QuestionFormAnswers/>" } as never)).toMatchObject({ Test: "<QuestionForm/>", Answer: "<QuestionFormAnswers/>" });
  });
});
