// Parses the "New qualification type" form into what createQualificationType takes. How workers get the
// qualification is one choice (a test, granted automatically, or the requester decides), because MTurk
// refuses a type that has a test and is also auto-granted.
import { z } from "zod";
import { createQualificationTypeSchema, QUALIFICATION_TYPE_STATUSES, type CreateQualificationTypeInput } from "@/lib/qualifications/schema";
import { checkboxField, minutesField, optionalXmlField, valueField } from "../form-fields";

export const GRANT_MODES = ["review", "test", "auto"] as const;
export type GrantMode = (typeof GRANT_MODES)[number];

const fields = createQualificationTypeSchema.shape;

export const createTypeFormSchema = z
  .object({
    name: fields.name,
    description: fields.description,
    keywords: fields.keywords.default(""),
    status: z.enum(QUALIFICATION_TYPE_STATUSES, { error: "Status must be Active or Inactive" }).default("Active"),
    requestable: checkboxField,
    grant: z.enum(GRANT_MODES, { error: "Choose how workers get this qualification" }).default("review"),
    retryDelay: minutesField("The retry delay"),
    test: optionalXmlField,
    testDuration: minutesField("The test duration"),
    answerKey: optionalXmlField,
    autoGrantedValue: valueField(1),
  })
  .superRefine((f, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!f.requestable && f.grant !== "review") {
      problem("grant", "Workers can only take a test or be granted it automatically when they can request it. Tick “Workers can request it”, or choose to grant it yourself.");
    }
    if (f.grant === "test") {
      if (f.test === undefined) problem("test", "Paste the test's QuestionForm XML, or load it from a file");
      if (f.testDuration === undefined) problem("testDuration", "Say how many minutes workers have for the test");
    }
  })
  .transform((f): CreateQualificationTypeInput => ({
    name: f.name,
    description: f.description,
    keywords: f.keywords,
    status: f.status,
    isRequestable: f.requestable,
    retryDelaySeconds: f.retryDelay,
    // Only the chosen way is sent: what was typed under another choice is left behind, not half-applied.
    ...(f.grant === "test" ? { test: f.test, testDurationSeconds: f.testDuration, answerKey: f.answerKey } : {}),
    ...(f.grant === "auto" ? { autoGranted: true, autoGrantedValue: f.autoGrantedValue } : { autoGranted: false }),
  }));
