// MTurk's QuestionFormAnswers document: how answers are stored and how the API returns them
// (Assignment.Answer, QualificationRequest.Answer), so SDK code written for MTurk can read ours.
import { DomainError } from "@/lib/errors";
import { QUESTION_FORM_ANSWERS_NAMESPACE, type Answer, type SelectionAnswer } from "./answers.types";
import { childElements, integerOf, invalid, nonEmptyTextOf, optionalChild, requiredChild, textOf } from "./question-form-reader";
import { escapeXmlAttribute, escapeXmlText } from "./xml-escape";
import { parseXmlTree } from "./xml-tree";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>';

export function answersToXml(answers: Answer[]): string {
  const lines = [DECLARATION, `<QuestionFormAnswers xmlns="${escapeXmlAttribute(QUESTION_FORM_ANSWERS_NAMESPACE)}">`];
  for (const answer of answers) {
    const parts = [element("QuestionIdentifier", answer.questionIdentifier)];
    if ("freeText" in answer) {
      parts.push(element("FreeText", answer.freeText));
    } else if ("selectionIdentifiers" in answer) {
      for (const identifier of answer.selectionIdentifiers) parts.push(element("SelectionIdentifier", identifier));
      if (answer.otherSelectionText !== undefined) parts.push(element("OtherSelectionText", answer.otherSelectionText));
    } else {
      parts.push(element("UploadedFileSizeInBytes", String(answer.uploadedFileSizeInBytes)));
      parts.push(element("UploadedFileKey", answer.uploadedFileKey));
    }
    lines.push(`<Answer>${parts.join("")}</Answer>`);
  }
  lines.push("</QuestionFormAnswers>");
  return lines.join("\n");
}

function element(name: string, text: string): string {
  return `<${name}>${escapeXmlText(text)}</${name}>`;
}

const ANSWER_ELEMENTS = [
  "QuestionIdentifier",
  "FreeText",
  "SelectionIdentifier",
  "OtherSelectionText",
  "UploadedFileSizeInBytes",
  "UploadedFileKey",
];

/** The inverse of answersToXml. Text is kept exactly (spaces, line breaks); identifiers are trimmed. */
export function parseAnswersXml(xml: string): Answer[] {
  const root = parseXmlTree(xml, "QuestionFormAnswers");
  if (root.name !== "QuestionFormAnswers") {
    throw new DomainError("InvalidInput", `The root element is ${root.name}; expected QuestionFormAnswers.`);
  }
  if (root.namespace !== undefined && root.namespace !== QUESTION_FORM_ANSWERS_NAMESPACE) {
    throw new DomainError("InvalidInput", `QuestionFormAnswers namespace "${root.namespace}" is not supported.`);
  }

  return childElements(root, "QuestionFormAnswers", ["Answer"]).map((answerElement, index): Answer => {
    const where = `QuestionFormAnswers, Answer ${index + 1}`;
    const children = childElements(answerElement, where, ANSWER_ELEMENTS);
    const questionIdentifier = nonEmptyTextOf(requiredChild(children, "QuestionIdentifier", where), where);
    const freeText = optionalChild(children, "FreeText", where);
    const selections = children.filter((child) => child.name === "SelectionIdentifier");
    const other = optionalChild(children, "OtherSelectionText", where);
    const fileSize = optionalChild(children, "UploadedFileSizeInBytes", where);
    const fileKey = optionalChild(children, "UploadedFileKey", where);

    const kinds = [freeText !== undefined, selections.length > 0 || other !== undefined, fileSize !== undefined || fileKey !== undefined];
    if (kinds.filter(Boolean).length > 1) {
      invalid(where, "an Answer holds either FreeText, or selections, or an uploaded file, not several.");
    }
    if (freeText) return { questionIdentifier, freeText: textOf(freeText, where) };
    if (fileSize || fileKey) {
      if (!fileSize || !fileKey) invalid(where, "an uploaded file needs both UploadedFileSizeInBytes and UploadedFileKey.");
      return {
        questionIdentifier,
        uploadedFileKey: textOf(fileKey, where).trim(),
        uploadedFileSizeInBytes: integerOf(textOf(fileSize, where), "UploadedFileSizeInBytes", where, 0),
      };
    }
    // MTurk writes an Answer with no SelectionIdentifier when nothing was selected.
    const answer: SelectionAnswer = {
      questionIdentifier,
      selectionIdentifiers: selections.map((selection) => nonEmptyTextOf(selection, where)),
    };
    if (other) answer.otherSelectionText = textOf(other, where);
    return answer;
  });
}

/**
 * Answers of HTMLQuestion and ExternalQuestion pages: every posted field becomes a FreeText answer named
 * after the field, as MTurk does. `assignmentId` is how the page identified itself, not an answer.
 * A field posted several times (checkboxes sharing a name) is joined with "|", as MTurk joins them.
 */
export function freeTextAnswers(fields: Record<string, string | string[]>): Answer[] {
  return Object.entries(fields)
    .filter(([name]) => name !== "assignmentId")
    .map(([name, value]) => ({ questionIdentifier: name, freeText: Array.isArray(value) ? value.join("|") : value }));
}
