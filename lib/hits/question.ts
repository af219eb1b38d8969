// Which of MTurk's question formats a Question document is, and whether it is one we can show. The
// root element picks the format; that format's own parser then checks the whole document.
import { DomainError, isDomainError } from "@/lib/errors";
import { parseExternalQuestion } from "@/lib/questions/external-question";
import { parseHtmlQuestion } from "@/lib/questions/html-question";
import { parseQuestionForm } from "@/lib/questions/question-form";
import { parseXmlTree } from "@/lib/questions/xml-tree";
import { LIMITS } from "./schema";

export type QuestionType = "QuestionForm" | "HTMLQuestion" | "ExternalQuestion" | "Layout";
/** The formats a Question document may have (a Layout is a HIT made from a project's template). */
export type QuestionDocumentType = Exclude<QuestionType, "Layout">;

const parsers: Record<QuestionDocumentType, (xml: string) => unknown> = {
  QuestionForm: parseQuestionForm,
  HTMLQuestion: parseHtmlQuestion,
  ExternalQuestion: parseExternalQuestion,
};

export function validateQuestion(xml: string): QuestionDocumentType {
  const bytes = typeof xml === "string" ? Buffer.byteLength(xml, "utf8") : 0;
  if (bytes > LIMITS.questionMaxBytes) {
    throw new DomainError("InvalidInput", `The question is ${bytes.toLocaleString("en-US")} bytes; MTurk's limit is 65,535.`, {
      fieldErrors: { question: "The question is over 65,535 bytes" },
    });
  }
  try {
    const root = parseXmlTree(xml, "The question").name;
    if (!Object.hasOwn(parsers, root)) {
      throw new DomainError("InvalidInput", `Unsupported question document <${root}>: use a QuestionForm, HTMLQuestion or ExternalQuestion.`);
    }
    const type = root as QuestionDocumentType;
    parsers[type](xml);
    return type;
  } catch (e) {
    // Forms show the problem next to the question field; the API face uses the message.
    if (isDomainError(e) && !e.fieldErrors) throw new DomainError(e.code, e.message, { fieldErrors: { question: e.message } });
    throw e;
  }
}
