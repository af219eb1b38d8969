// A policy may only name questions the HIT asks. For a QuestionForm the identifiers are known, so an
// AnswerKey entry or QuestionId naming another question is refused at creation; HTML and external
// questions name their fields in the requester's own page, which we cannot read ahead of time.
import { DomainError } from "@/lib/errors";
import { formQuestions, parseQuestionForm } from "@/lib/questions/question-form";
import type { ReviewPolicy } from "./schema";
import { policyQuestionIds } from "./settings";

export function checkPolicyQuestions(question: string, questionType: string, policies: { assignmentReviewPolicy?: ReviewPolicy; hitReviewPolicy?: ReviewPolicy }) {
  if (questionType !== "QuestionForm") return;
  const asked = new Set(formQuestions(parseQuestionForm(question)).map((q) => q.identifier));
  const levels = [
    ["assignmentReviewPolicy", "Assignment", "AnswerKey"],
    ["hitReviewPolicy", "HIT", "QuestionIds"],
  ] as const;
  for (const [field, level, parameter] of levels) {
    const policy = policies[field];
    const unknown = policy ? policyQuestionIds(level, policy).filter((id) => !asked.has(id)) : [];
    if (unknown.length > 0) {
      const message = `The ${parameter} of the ${level}-level review policy names ${unknown.map((id) => `"${id}"`).join(", ")}, which the question does not ask. Its questions are: ${[...asked].join(", ")}.`;
      throw new DomainError("InvalidInput", message, { fieldErrors: { [field]: message } });
    }
  }
}
