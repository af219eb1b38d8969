import { describe, it, expect } from "vitest";
import { createHitFormSchema } from "./form-schema";

const form = {
  title: "T",
  description: "D",
  keywords: "",
  reward: "0.25",
  maxAssignments: "3",
  duration: "30",
  durationUnit: "minutes",
  lifetime: "2",
  lifetimeUnit: "days",
  autoApproval: "1",
  autoApprovalUnit: "hours",
  questionSpec: "{}",
};

describe("create HIT form", () => {
  it("turns dollars and units into cents and seconds", () => {
    expect(createHitFormSchema.parse(form)).toMatchObject({
      rewardCents: 25,
      maxAssignments: 3,
      assignmentDurationSeconds: 1800,
      lifetimeSeconds: 172_800,
      autoApprovalDelaySeconds: 3600,
    });
    expect(createHitFormSchema.parse({ ...form, reward: "12" }).rewardCents).toBe(1200);
    expect(createHitFormSchema.parse({ ...form, reward: "1.5" }).rewardCents).toBe(150);
  });

  it("refuses malformed amounts and units with messages", () => {
    const bad = createHitFormSchema.safeParse({ ...form, reward: "1.234", maxAssignments: "2.5", durationUnit: "weeks", duration: "-1" });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["reward", "maxAssignments", "durationUnit", "duration"]));
  });
});
