// The parsed model of MTurk's QuestionForm XML. Element order is kept everywhere (form items, content
// items, selections) because the form renders in document order.

export const QUESTION_FORM_NAMESPACE_2017 =
  "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd";
export const QUESTION_FORM_NAMESPACE_2005 =
  "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionForm.xsd";
export const QUESTION_FORM_NAMESPACES = [QUESTION_FORM_NAMESPACE_2017, QUESTION_FORM_NAMESPACE_2005] as const;
export type QuestionFormNamespace = (typeof QUESTION_FORM_NAMESPACES)[number];

/** MTurk's limit on the Question parameter, in UTF-8 bytes. */
export const MAX_QUESTION_BYTES = 65_535;
/** MTurk's upper bound for MaxFileSizeInBytes (and our default when a form leaves it out). */
export const MAX_UPLOAD_BYTES = 2_000_000_000;

export interface BinaryContent {
  kind: "binary";
  /** e.g. { type: "image", subType: "png" } */
  mimeType: { type: string; subType?: string };
  dataUrl: string;
  altText: string;
}

export interface FormattedContent {
  kind: "formattedContent";
  /** The requester's XHTML exactly as written. Unsafe: render only through sanitizeFormattedContent. */
  xhtml: string;
}

export type ContentItem =
  | { kind: "title"; text: string }
  | { kind: "text"; text: string }
  | { kind: "list"; items: string[] }
  | BinaryContent
  | FormattedContent;

export interface AnswerFormatRegex {
  regex: string;
  /** Shown to the worker when the answer does not match. */
  errorText?: string;
  /** JavaScript regular expression flags, e.g. "i". */
  flags?: string;
}

export interface FreeTextConstraints {
  isNumeric?: { minValue?: number; maxValue?: number };
  length?: { minLength?: number; maxLength?: number };
  /** All of them must match. */
  answerFormatRegex: AnswerFormatRegex[];
}

export interface FreeTextAnswerSpec {
  type: "freeText";
  constraints: FreeTextConstraints;
  defaultText?: string;
  numberOfLinesSuggestion?: number;
}

export const SELECTION_STYLES = ["radiobutton", "checkbox", "list", "dropdown", "combobox", "multichooser"] as const;
export type SelectionStyle = (typeof SELECTION_STYLES)[number];

export type SelectionContent = { kind: "text"; text: string } | FormattedContent | BinaryContent;

export interface Selection {
  identifier: string;
  content: SelectionContent;
}

export interface SelectionAnswerSpec {
  type: "selection";
  minSelectionCount?: number;
  maxSelectionCount?: number;
  styleSuggestion?: SelectionStyle;
  selections: Selection[];
  /** Present when the worker may write in an answer of their own ("Other"). */
  otherSelection?: FreeTextAnswerSpec;
}

export interface FileUploadAnswerSpec {
  type: "fileUpload";
  minFileSizeInBytes: number;
  maxFileSizeInBytes: number;
}

export type AnswerSpecification = FreeTextAnswerSpec | SelectionAnswerSpec | FileUploadAnswerSpec;

export interface Question {
  kind: "question";
  identifier: string;
  displayName?: string;
  isRequired: boolean;
  content: ContentItem[];
  answer: AnswerSpecification;
}

export interface Overview {
  kind: "overview";
  content: ContentItem[];
}

export type QuestionFormItem = Overview | Question;

export interface QuestionForm {
  namespace: QuestionFormNamespace;
  /** Overviews and questions, in document order. */
  items: QuestionFormItem[];
}

export function formQuestions(form: QuestionForm): Question[] {
  return form.items.filter((item): item is Question => item.kind === "question");
}

/** A form with a file question must be posted as multipart/form-data. */
export function formHasFileUpload(form: QuestionForm): boolean {
  return formQuestions(form).some((question) => question.answer.type === "fileUpload");
}

/**
 * The selection value that stands for the "Other" choice in radio, checkbox, drop-down, list and
 * multichooser controls; its text travels in the field `<questionIdentifier>.other`.
 */
export const OTHER_SELECTION_VALUE = "__other__";
export const otherFieldName = (questionIdentifier: string) => `${questionIdentifier}.other`;
