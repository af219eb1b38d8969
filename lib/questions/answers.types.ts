// What a worker answered, in the shape of MTurk's QuestionFormAnswers (one Answer per question).

export const QUESTION_FORM_ANSWERS_NAMESPACE =
  "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd";

export type FreeTextAnswer = { questionIdentifier: string; freeText: string };
export type SelectionAnswer = { questionIdentifier: string; selectionIdentifiers: string[]; otherSelectionText?: string };
export type UploadedFileAnswer = { questionIdentifier: string; uploadedFileKey: string; uploadedFileSizeInBytes: number };

export type Answer = FreeTextAnswer | SelectionAnswer | UploadedFileAnswer;

/** A file the page received for a FileUploadAnswer question. */
export interface SubmittedFile {
  /** The name the worker's browser sent ("" when no file was chosen). */
  name: string;
  size: number;
  /**
   * Where the page stored the file; becomes UploadedFileKey. Defaults to `name` so that validation can run
   * before the file is stored, but a stored file should always pass its real key.
   */
  key?: string;
}

export interface SubmittedAnswers {
  fields: Record<string, string | string[]>;
  files?: Record<string, SubmittedFile>;
}

export type AnswerValidationResult =
  | { ok: true; answers: Answer[] }
  | { ok: false; fieldErrors: Record<string, string> };

export const isFreeTextAnswer = (answer: Answer): answer is FreeTextAnswer => "freeText" in answer;
export const isSelectionAnswer = (answer: Answer): answer is SelectionAnswer => "selectionIdentifiers" in answer;
export const isUploadedFileAnswer = (answer: Answer): answer is UploadedFileAnswer => "uploadedFileKey" in answer;
