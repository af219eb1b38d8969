// A submitted assignment's answers as the values review policies compare: MTurk trims whitespace around
// an answer, matches case and punctuation exactly, and treats a multiple selection as a set (A and B is
// not A). Uploaded files have no value to compare.
import { parseAnswersXml } from "@/lib/questions/answers";

export type AnswerValues = Map<string, string[]>;

/** Sorted, trimmed, without empty strings: two answers agree exactly when these lists are equal. */
export function normalized(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ""))].sort();
}

export function answerValues(answerXml: string | null): AnswerValues {
  const out: AnswerValues = new Map();
  if (!answerXml) return out;
  for (const a of parseAnswersXml(answerXml)) {
    if ("freeText" in a) out.set(a.questionIdentifier, normalized([a.freeText]));
    else if ("selectionIdentifiers" in a) out.set(a.questionIdentifier, normalized([...a.selectionIdentifiers, ...(a.otherSelectionText !== undefined ? [a.otherSelectionText] : [])]));
  }
  return out;
}

export const sameAnswer = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

/** One answer as text (results and pages): a multiple selection is its values joined with "|", as MTurk joins fields. */
export const answerText = (values: readonly string[]): string => values.join("|");
