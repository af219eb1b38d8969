import { describe, expect, it } from "vitest";
import { OPERATION_NAMES, operationShapes, validateShape } from ".";

describe("the MTurk model", () => {
  it("has the 39 operations of the 2017-01-17 API", () => {
    expect(OPERATION_NAMES).toHaveLength(39);
    expect(operationShapes("CreateHIT")).toEqual({ input: "CreateHITRequest", output: "CreateHITResponse" });
    expect(operationShapes("LaunchRockets")).toBeUndefined();
  });

  it("reports missing, mistyped and out-of-range members by path", () => {
    expect(validateShape("GetHITRequest", {})).toEqual(["HITId is required"]);
    expect(validateShape("ListHITsRequest", { MaxResults: 101 })).toEqual(["MaxResults must be at most 100"]);
    expect(validateShape("ListHITsRequest", { MaxResults: 2.5 })).toEqual(["MaxResults must be a whole number"]);
    expect(validateShape("CreateWorkerBlockRequest", { WorkerId: "A1", Reason: 7 })).toEqual(["Reason must be a string"]);
    const problems = validateShape("CreateHITRequest", {
      LifetimeInSeconds: 60, AssignmentDurationInSeconds: 60, Reward: "1.234", Title: "t", Description: "d",
      QualificationRequirements: [{ QualificationTypeId: "X", Comparator: "Bigger" }],
    });
    expect(problems.sort()).toEqual(["QualificationRequirements.0.Comparator must be one of LessThan, LessThanOrEqualTo, GreaterThan, GreaterThanOrEqualTo, EqualTo, NotEqualTo, Exists, DoesNotExist, In, NotIn", "Reward must match the pattern ^[0-9]+(\\.)?[0-9]{0,2}$"]);
    expect(validateShape("UpdateExpirationForHITRequest", { HITId: "H", ExpireAt: "2026-01-01" })).toEqual(["ExpireAt must be a time in epoch seconds"]);
  });

  it("ignores unknown members in requests but reports them in strict mode (our answers)", () => {
    expect(validateShape("GetHITRequest", { HITId: "ABC", Extra: 1 })).toEqual([]);
    expect(validateShape("GetHITResponse", { HIT: { HITId: "ABC", Surprise: true } }, "", true)).toEqual(["HIT.Surprise is not a member of HIT"]);
  });
});
