import { describe, it, expect } from "vitest";
import { bonusFormSchema, messageFormSchema } from "./form-schema";

const worker = "A" + "B".repeat(13);
const assignment = "C".repeat(30);

describe("bonusFormSchema", () => {
  it("reads dollars into cents and drops an empty request token", () => {
    expect(bonusFormSchema.parse({ workerId: worker, assignmentId: assignment, amount: "1.25", reason: " Great work ", token: "" })).toEqual({
      workerId: worker,
      assignmentId: assignment,
      amount: 125,
      reason: "Great work",
      token: undefined,
    });
  });

  it("refuses a zero amount, a missing reason and a long token, field by field", () => {
    const r = bonusFormSchema.safeParse({ workerId: worker, assignmentId: "", amount: "0", reason: "", token: "t".repeat(65) });
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(["amount", "assignmentId", "reason", "token"]);
  });
});

describe("messageFormSchema", () => {
  it("takes one recipient or many, within MTurk's limits", () => {
    expect(messageFormSchema.parse({ workerId: worker, subject: "Hi", body: "Thanks" }).workerId).toEqual([worker]);
    const r = messageFormSchema.safeParse({ workerId: [], subject: "s".repeat(201), body: "b".repeat(4097) });
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(["body", "subject", "workerId"]);
  });
});
