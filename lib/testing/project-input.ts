// A project input for tests: the sentiment fixture's layout with sensible properties.
import { fixture } from "@/lib/testing/fixtures";
import type { ProjectInput } from "@/lib/projects/schema";

export function projectInput(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    name: "Sentiment",
    title: "Rate the sentiment of a short text",
    description: "Read a short text and say whether it is positive, neutral or negative.",
    keywords: "sentiment, text",
    rewardCents: 10,
    assignmentsPerHit: 3,
    assignmentDurationSeconds: 600,
    lifetimeSeconds: 3 * 86_400,
    autoApprovalDelaySeconds: 3 * 86_400,
    ...overrides,
    layout: overrides.layout ?? fixture("projects/sentiment/layout.html"),
  };
}
