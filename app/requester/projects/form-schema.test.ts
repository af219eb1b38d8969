import { describe, expect, it } from "vitest";
import { projectFormSchema } from "./form-schema";

const form = {
  name: "Sentiment",
  title: "Rate sentiment",
  description: "Say how a text feels",
  keywords: "text",
  reward: "0.10",
  assignmentsPerHit: "3",
  duration: "10",
  durationUnit: "minutes",
  lifetime: "3",
  lifetimeUnit: "days",
  autoApproval: "1",
  autoApprovalUnit: "hours",
  layout: "<p>${text}</p>",
  requirements: "[]",
};

describe("projectFormSchema", () => {
  it("reads dollars and time units as cents and seconds", () => {
    expect(projectFormSchema.parse(form)).toEqual({
      name: "Sentiment",
      title: "Rate sentiment",
      description: "Say how a text feels",
      keywords: "text",
      rewardCents: 10,
      assignmentsPerHit: 3,
      assignmentDurationSeconds: 600,
      lifetimeSeconds: 3 * 86_400,
      autoApprovalDelaySeconds: 3600,
      layout: "<p>${text}</p>",
      qualificationRequirements: [],
    });
  });
  it("names the field that is wrong", () => {
    const r = projectFormSchema.safeParse({ ...form, reward: "ten", assignmentsPerHit: "2.5", lifetimeUnit: "weeks" });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["reward", "assignmentsPerHit", "lifetimeUnit"]));
  });
  it("reads worker requirement rows", () => {
    const rows = JSON.stringify([{ qualificationTypeId: "000000000000000000L0", comparator: "GreaterThanOrEqualTo", value: "95", actionsGuarded: "Accept" }]);
    expect(projectFormSchema.parse({ ...form, requirements: rows }).qualificationRequirements).toMatchObject([{ comparator: "GreaterThanOrEqualTo", integerValues: [95] }]);
  });
});
