// Which of MTurk's question formats a Question document is, and whether it is one we can show.
import { DomainError } from "@/lib/errors";
import { parseQuestionForm } from "@/lib/questions/question-form";
import { LIMITS } from "./schema";

export type QuestionType = "QuestionForm" | "HTMLQuestion" | "ExternalQuestion" | "Layout";

export function validateQuestion(xml: string): QuestionType {
  if (Buffer.byteLength(xml, "utf8") > LIMITS.questionMaxBytes) {
    throw new DomainError("InvalidInput", `The question is ${Buffer.byteLength(xml, "utf8")} bytes; MTurk's limit is 65,535.`, {
      fieldErrors: { question: "The question is over 65,535 bytes" },
    });
  }
  const root = /<\s*([A-Za-z]+)[\s>]/.exec(xml.replace(/<\?xml[^>]*\?>/, "").trimStart())?.[1];
  if (root === "QuestionForm") {
    parseQuestionForm(xml);
    return "QuestionForm";
  }
  throw new DomainError("InvalidInput", `Unsupported question document${root ? ` <${root}>` : ""}: use a QuestionForm.`, {
    fieldErrors: { question: "Unsupported question format" },
  });
}
