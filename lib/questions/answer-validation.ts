// Server-side validation of a submitted QuestionForm against its own constraints. The browser's checks
// are a convenience; this is the rule. Field names follow the rendered form (QuestionFormView):
//   <id>          free text, the file input, or the chosen SelectionIdentifier(s) (repeated for several)
//   <id>.other    the text of the "Other" choice
//   "__other__"   the selection value of the "Other" choice (radio, checkbox, drop-down, list, multichooser)
// A combobox sends its typed text under <id>: a choice's identifier or text selects that choice; any
// other text is the "Other" answer when the question offers one.
import {
  type Answer,
  type AnswerValidationResult,
  type SubmittedAnswers,
} from "./answers.types";
import { formatBytes } from "./file-size";
import { checkFreeText, normalizeFreeText } from "./free-text-rules";
import { selectionLabel } from "./question-labels";
import {
  OTHER_SELECTION_VALUE,
  formQuestions,
  otherFieldName,
  type FileUploadAnswerSpec,
  type FreeTextAnswerSpec,
  type Question,
  type QuestionForm,
  type SelectionAnswerSpec,
} from "./question-form.types";
import { selectionRules } from "./selection-rules";

type Outcome = { answer?: Answer; errors: Record<string, string> };

export function validateAnswers(form: QuestionForm, input: SubmittedAnswers): AnswerValidationResult {
  const answers: Answer[] = [];
  const fieldErrors: Record<string, string> = {};
  for (const question of formQuestions(form)) {
    const outcome = validateQuestion(question, input);
    Object.assign(fieldErrors, outcome.errors);
    if (outcome.answer) answers.push(outcome.answer);
  }
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, answers };
}

function validateQuestion(question: Question, input: SubmittedAnswers): Outcome {
  switch (question.answer.type) {
    case "freeText":
      return validateFreeText(question, question.answer, input.fields);
    case "selection":
      return validateSelection(question, question.answer, input.fields);
    case "fileUpload":
      return validateFile(question, question.answer, input);
  }
}

/** One value for a field: a repeated single-value field (only a hand-made request sends one) keeps its first. */
function single(value: string | string[] | undefined): string {
  if (Array.isArray(value)) return value[0] ?? "";
  return value ?? "";
}

function validateFreeText(question: Question, spec: FreeTextAnswerSpec, fields: SubmittedAnswers["fields"]): Outcome {
  const id = question.identifier;
  const text = normalizeFreeText(single(fields[id]));
  if (text === "") return question.isRequired ? { errors: { [id]: "Enter an answer." } } : { errors: {} };
  const problem = checkFreeText(text, spec);
  if (problem) return { errors: { [id]: problem } };
  return { answer: { questionIdentifier: id, freeText: text }, errors: {} };
}

function validateSelection(question: Question, spec: SelectionAnswerSpec, fields: SubmittedAnswers["fields"]): Outcome {
  const id = question.identifier;
  const otherName = otherFieldName(id);
  const rules = selectionRules(spec);
  const errors: Record<string, string> = {};
  const known = new Set(spec.selections.map((selection) => selection.identifier));

  const raw = fields[id];
  const values = [...new Set((Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((v) => v.trim()).filter(Boolean))];

  let chosen: string[];
  let chooseOther = false;
  let otherText = "";

  if (rules.style === "combobox") {
    const typed = values[0] ?? "";
    const wanted = typed.toLocaleLowerCase();
    const match = spec.selections.find(
      (selection) => selection.identifier === typed || selectionLabel(selection).trim().toLocaleLowerCase() === wanted,
    );
    chosen = match ? [match.identifier] : [];
    if (typed !== "" && !match) {
      if (spec.otherSelection) {
        chooseOther = true;
        otherText = normalizeFreeText(typed);
      } else {
        errors[id] = "Choose one of the suggested answers.";
      }
    }
    if (values.length > 1) errors[id] = "Choose only one option.";
  } else {
    chooseOther = rules.otherIsAChoice && values.includes(OTHER_SELECTION_VALUE);
    chosen = values.filter((value) => !(rules.otherIsAChoice && value === OTHER_SELECTION_VALUE));
    if (chosen.some((value) => !known.has(value))) errors[id] = "Choose from the listed options.";

    if (rules.otherIsAChoice) {
      otherText = normalizeFreeText(single(fields[otherName]));
      if (!chooseOther && otherText !== "") {
        // Typing into the "Other" box without ticking it is a clear enough choice when nothing else is picked.
        if (chosen.length === 0) chooseOther = true;
        else errors[otherName] = 'Select "Other" to use the text you typed, or clear it.';
      }
      if (chooseOther && otherText === "") errors[otherName] = 'Describe your "Other" answer.';
    }
  }

  if (chooseOther && otherText !== "" && spec.otherSelection) {
    const problem = checkFreeText(otherText, spec.otherSelection);
    if (problem) errors[rules.style === "combobox" ? id : otherName] = problem;
  }

  const count = chosen.length + (chooseOther ? 1 : 0);
  if (!errors[id]) {
    if (count === 0) {
      if (question.isRequired) {
        errors[id] = rules.minSelections > 1 ? `Choose at least ${rules.minSelections} options.` : rules.multiple ? "Choose at least one option." : "Choose an option.";
      }
    } else if (count < rules.minSelections) {
      errors[id] = `Choose at least ${rules.minSelections} options.`;
    } else if (count > rules.maxSelections) {
      errors[id] = rules.maxSelections === 1 ? "Choose only one option." : `Choose no more than ${rules.maxSelections} options.`;
    }
  }

  if (Object.keys(errors).length > 0) return { errors };
  if (count === 0) return { errors };
  // Keep the form's order of choices, not the order the browser happened to send them in.
  const ordered = spec.selections.map((selection) => selection.identifier).filter((identifier) => chosen.includes(identifier));
  const answer: Answer = chooseOther
    ? { questionIdentifier: id, selectionIdentifiers: ordered, otherSelectionText: otherText }
    : { questionIdentifier: id, selectionIdentifiers: ordered };
  return { answer, errors };
}

function validateFile(question: Question, spec: FileUploadAnswerSpec, input: SubmittedAnswers): Outcome {
  const id = question.identifier;
  const file = input.files?.[id];
  // Browsers send an unnamed, empty part for a file input left empty.
  if (!file || file.name === "") return question.isRequired ? { errors: { [id]: "Upload a file." } } : { errors: {} };

  const { minFileSizeInBytes: min, maxFileSizeInBytes: max } = spec;
  if (file.size === 0 && min > 0) return { errors: { [id]: "The file is empty." } };
  if (file.size < min) {
    return { errors: { [id]: `The file must be at least ${formatBytes(min)} (yours is ${formatBytes(file.size)}).` } };
  }
  if (file.size > max) {
    return { errors: { [id]: `The file must be no larger than ${formatBytes(max)} (yours is ${formatBytes(file.size)}).` } };
  }
  return {
    answer: { questionIdentifier: id, uploadedFileKey: file.key ?? file.name, uploadedFileSizeInBytes: file.size },
    errors: {},
  };
}
