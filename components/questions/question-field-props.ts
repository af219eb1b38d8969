import type { Question } from "@/lib/questions/question-form.types";
import type { QuestionIds } from "./field-ids";

/** What every answer control receives from QuestionFormView. */
export interface QuestionFieldProps {
  question: Question;
  ids: QuestionIds;
  values: Record<string, string | string[]>;
  fieldErrors: Record<string, string>;
  disabled: boolean;
}

export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function allValues(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
