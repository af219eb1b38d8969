// Answers as a requester reads them: the question's name instead of its identifier, the choices' text
// instead of their SelectionIdentifiers.
import type { Answer } from "./answers.types";
import { formatBytes } from "./file-size";
import { questionLabel, selectionLabel } from "./question-labels";
import { formQuestions, type Question, type QuestionForm } from "./question-form.types";

export interface DisplayedAnswer {
  questionIdentifier: string;
  label: string;
  value: string;
}

/**
 * With a form: one row per question in the form's order (value "" for a question left unanswered), then
 * any answers the form does not know. Without one (HTMLQuestion, ExternalQuestion): the answers as given.
 */
export function answersForDisplay(form: QuestionForm | null, answers: Answer[]): DisplayedAnswer[] {
  const byId = new Map(answers.map((answer) => [answer.questionIdentifier, answer]));
  const questions = form ? formQuestions(form) : [];
  const known = new Set(questions.map((question) => question.identifier));

  const rows = questions.map((question) => {
    const answer = byId.get(question.identifier);
    return { questionIdentifier: question.identifier, label: questionLabel(question), value: answer ? answerText(answer, question) : "" };
  });
  for (const answer of answers) {
    if (known.has(answer.questionIdentifier)) continue;
    rows.push({ questionIdentifier: answer.questionIdentifier, label: answer.questionIdentifier, value: answerText(answer) });
  }
  return rows;
}

function answerText(answer: Answer, question?: Question): string {
  if ("freeText" in answer) return answer.freeText;
  if ("uploadedFileKey" in answer) return `${answer.uploadedFileKey} (${formatBytes(answer.uploadedFileSizeInBytes)})`;

  const selections = question?.answer.type === "selection" ? question.answer.selections : [];
  const texts = answer.selectionIdentifiers.map((identifier) => {
    const selection = selections.find((candidate) => candidate.identifier === identifier);
    return selection ? selectionLabel(selection) : identifier;
  });
  if (answer.otherSelectionText !== undefined) texts.push(`Other: ${answer.otherSelectionText}`);
  return texts.join("; ");
}
