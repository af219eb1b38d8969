// A worker's QuestionFormAnswers XML as the legacy results file showed it: one Answer.<id> column per
// question, several selections joined by "|" as the legacy tools did.
import { XMLParser } from "fast-xml-parser";

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => name === "Answer" || name === "SelectionIdentifier",
});

type AnswerXml = {
  QuestionIdentifier?: string;
  FreeText?: string;
  SelectionIdentifier?: string[];
  OtherSelectionText?: string;
  UploadedFileKey?: string;
};

export function answerColumns(xml: string | undefined): Record<string, string> {
  if (!xml) return {};
  const answers: AnswerXml[] = parser.parse(xml)?.QuestionFormAnswers?.Answer ?? [];
  return Object.fromEntries(
    answers.map((a) => {
      const value = a.FreeText ?? (a.SelectionIdentifier ? [...a.SelectionIdentifier, ...(a.OtherSelectionText ? [a.OtherSelectionText] : [])].join("|") : undefined) ?? a.OtherSelectionText ?? a.UploadedFileKey ?? "";
      return [`Answer.${String(a.QuestionIdentifier ?? "")}`, String(value)];
    }),
  );
}
