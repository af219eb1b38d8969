// Reads AnswerSpecification: FreeTextAnswer, SelectionAnswer and FileUploadAnswer, refusing settings
// no worker could satisfy (min above max, a regex that does not compile, more required choices than
// offered) so that the requester hears about it when creating the HIT, not from confused workers.
import { parseSelectionContent } from "./question-form-content";
import {
  checkAttributes,
  childElements,
  clip,
  integerOf,
  invalid,
  nonEmptyTextOf,
  numberOf,
  optionalChild,
  requiredChild,
  textOf,
} from "./question-form-reader";
import {
  MAX_UPLOAD_BYTES,
  OTHER_SELECTION_VALUE,
  SELECTION_STYLES,
  type AnswerFormatRegex,
  type AnswerSpecification,
  type FileUploadAnswerSpec,
  type FreeTextAnswerSpec,
  type FreeTextConstraints,
  type Selection,
  type SelectionAnswerSpec,
  type SelectionStyle,
} from "./question-form.types";
import { selectionRules } from "./selection-rules";
import type { XmlElement } from "./xml-tree";

export function parseAnswerSpecification(element: XmlElement, where: string): AnswerSpecification {
  const kinds = childElements(element, where, ["FreeTextAnswer", "SelectionAnswer", "FileUploadAnswer"]);
  if (kinds.length !== 1) {
    invalid(where, `AnswerSpecification needs exactly one of FreeTextAnswer, SelectionAnswer or FileUploadAnswer, found ${kinds.length}.`);
  }
  const [answer] = kinds;
  if (answer.name === "FreeTextAnswer") return parseFreeTextAnswer(answer, where);
  if (answer.name === "SelectionAnswer") return parseSelectionAnswer(answer, where);
  return parseFileUploadAnswer(answer, where);
}

function parseFreeTextAnswer(element: XmlElement, where: string): FreeTextAnswerSpec {
  const children = childElements(element, where, ["Constraints", "DefaultText", "NumberOfLinesSuggestion"]);
  const constraintsElement = optionalChild(children, "Constraints", where);
  const defaultTextElement = optionalChild(children, "DefaultText", where);
  const linesElement = optionalChild(children, "NumberOfLinesSuggestion", where);

  const spec: FreeTextAnswerSpec = {
    type: "freeText",
    constraints: constraintsElement ? parseConstraints(constraintsElement, where) : { answerFormatRegex: [] },
  };
  // DefaultText is what the worker sees pre-filled, so its spaces and line breaks are kept.
  const defaultText = defaultTextElement ? textOf(defaultTextElement, where) : "";
  if (defaultText !== "") spec.defaultText = defaultText;
  if (linesElement) {
    spec.numberOfLinesSuggestion = integerOf(textOf(linesElement, where), "NumberOfLinesSuggestion", where, 1);
  }
  return spec;
}

function parseConstraints(element: XmlElement, where: string): FreeTextConstraints {
  const children = childElements(element, where, ["IsNumeric", "Length", "AnswerFormatRegex"]);
  const constraints: FreeTextConstraints = { answerFormatRegex: [] };

  const numeric = optionalChild(children, "IsNumeric", where);
  if (numeric) {
    checkAttributes(numeric, where, ["minValue", "maxValue"]);
    const { minValue, maxValue } = numeric.attributes;
    const bounds: { minValue?: number; maxValue?: number } = {};
    if (minValue !== undefined) bounds.minValue = numberOf(minValue, "IsNumeric minValue", where);
    if (maxValue !== undefined) bounds.maxValue = numberOf(maxValue, "IsNumeric maxValue", where);
    if (bounds.minValue !== undefined && bounds.maxValue !== undefined && bounds.minValue > bounds.maxValue) {
      invalid(where, `IsNumeric minValue (${bounds.minValue}) is more than maxValue (${bounds.maxValue}).`);
    }
    constraints.isNumeric = bounds;
  }

  const length = optionalChild(children, "Length", where);
  if (length) {
    checkAttributes(length, where, ["minLength", "maxLength"]);
    const { minLength, maxLength } = length.attributes;
    const bounds: { minLength?: number; maxLength?: number } = {};
    if (minLength !== undefined) bounds.minLength = integerOf(minLength, "Length minLength", where, 0);
    if (maxLength !== undefined) bounds.maxLength = integerOf(maxLength, "Length maxLength", where, 1);
    if (bounds.minLength !== undefined && bounds.maxLength !== undefined && bounds.minLength > bounds.maxLength) {
      invalid(where, `Length minLength (${bounds.minLength}) is more than maxLength (${bounds.maxLength}).`);
    }
    constraints.length = bounds;
  }

  for (const regexElement of children.filter((child) => child.name === "AnswerFormatRegex")) {
    constraints.answerFormatRegex.push(parseAnswerFormatRegex(regexElement, where));
  }
  return constraints;
}

function parseAnswerFormatRegex(element: XmlElement, where: string): AnswerFormatRegex {
  checkAttributes(element, where, ["regex", "errorText", "flags"]);
  const { regex, errorText, flags } = element.attributes;
  if (regex === undefined || regex === "") invalid(where, "AnswerFormatRegex needs a regex attribute.");
  // "g" and "y" make RegExp.test stateful, which would make validation depend on the previous call.
  if (flags !== undefined && (!/^[imsu]*$/.test(flags) || new Set(flags).size !== flags.length)) {
    invalid(where, `AnswerFormatRegex flags "${clip(flags)}" are not supported; use any of i, m, s and u, each once.`);
  }
  try {
    new RegExp(regex, flags);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    invalid(where, `AnswerFormatRegex "${clip(regex)}" is not a valid regular expression (${reason}).`);
  }
  const result: AnswerFormatRegex = { regex };
  if (errorText !== undefined && errorText.trim() !== "") result.errorText = errorText.trim();
  if (flags) result.flags = flags;
  return result;
}

function parseSelectionAnswer(element: XmlElement, where: string): SelectionAnswerSpec {
  const children = childElements(element, where, ["MinSelectionCount", "MaxSelectionCount", "StyleSuggestion", "Selections"]);
  const minElement = optionalChild(children, "MinSelectionCount", where);
  const maxElement = optionalChild(children, "MaxSelectionCount", where);
  const styleElement = optionalChild(children, "StyleSuggestion", where);
  const selectionsElement = requiredChild(children, "Selections", where);

  const spec: SelectionAnswerSpec = { type: "selection", selections: [] };
  if (minElement) spec.minSelectionCount = integerOf(textOf(minElement, where), "MinSelectionCount", where, 0);
  if (maxElement) spec.maxSelectionCount = integerOf(textOf(maxElement, where), "MaxSelectionCount", where, 1);
  if (styleElement) {
    const style = textOf(styleElement, where).trim();
    if (!(SELECTION_STYLES as readonly string[]).includes(style)) {
      invalid(where, `StyleSuggestion "${clip(style)}" is not one of ${SELECTION_STYLES.join(", ")}.`);
    }
    spec.styleSuggestion = style as SelectionStyle;
  }

  const entries = childElements(selectionsElement, where, ["Selection", "OtherSelection"]);
  const seen = new Set<string>();
  let selectionNumber = 0;
  for (const entry of entries) {
    if (entry.name === "OtherSelection") {
      if (spec.otherSelection) invalid(where, "OtherSelection appears more than once.");
      spec.otherSelection = parseOtherSelection(entry, `${where}, OtherSelection`);
      continue;
    }
    selectionNumber += 1;
    const selection = parseSelection(entry, `${where}, Selection ${selectionNumber}`);
    if (seen.has(selection.identifier)) {
      invalid(where, `SelectionIdentifier "${clip(selection.identifier)}" is used by more than one Selection.`);
    }
    seen.add(selection.identifier);
    spec.selections.push(selection);
  }
  if (spec.selections.length === 0) invalid(where, "Selections has no Selection.");

  if (spec.minSelectionCount !== undefined && spec.maxSelectionCount !== undefined && spec.minSelectionCount > spec.maxSelectionCount) {
    invalid(where, `MinSelectionCount (${spec.minSelectionCount}) is more than MaxSelectionCount (${spec.maxSelectionCount}).`);
  }
  const rules = selectionRules(spec);
  if (rules.minSelections > rules.choiceCount) {
    invalid(where, `MinSelectionCount (${rules.minSelections}) is more than the ${rules.choiceCount} choices offered.`);
  }
  if (rules.minSelections > rules.maxSelections) {
    invalid(
      where,
      `MinSelectionCount (${rules.minSelections}) asks for more choices than the question allows (${rules.maxSelections}); raise MaxSelectionCount or use a checkbox, list or multichooser style.`,
    );
  }
  return spec;
}

function parseSelection(element: XmlElement, where: string): Selection {
  const children = childElements(element, where, ["SelectionIdentifier", "Text", "FormattedContent", "Binary"]);
  const identifier = nonEmptyTextOf(requiredChild(children, "SelectionIdentifier", where), where);
  if (identifier === OTHER_SELECTION_VALUE) {
    invalid(where, `SelectionIdentifier "${OTHER_SELECTION_VALUE}" is reserved for the "Other" choice; pick another identifier.`);
  }
  return { identifier, content: parseSelectionContent(children, `${where} ("${clip(identifier)}")`) };
}

// MTurk's schema gives OtherSelection the FreeTextAnswer type (Constraints, DefaultText, ... directly
// inside); many hand-written forms wrap those in a FreeTextAnswer element instead. We read both.
function parseOtherSelection(element: XmlElement, where: string): FreeTextAnswerSpec {
  const wrapped = element.children.filter((child) => child.type === "element" && child.name === "FreeTextAnswer");
  if (wrapped.length > 0) {
    const [inner, ...rest] = childElements(element, where, ["FreeTextAnswer"]);
    if (rest.length > 0) invalid(where, "OtherSelection may contain only one FreeTextAnswer.");
    return parseFreeTextAnswer(inner, where);
  }
  return parseFreeTextAnswer(element, where);
}

function parseFileUploadAnswer(element: XmlElement, where: string): FileUploadAnswerSpec {
  const children = childElements(element, where, ["MinFileSizeInBytes", "MaxFileSizeInBytes"]);
  const minElement = optionalChild(children, "MinFileSizeInBytes", where);
  const maxElement = optionalChild(children, "MaxFileSizeInBytes", where);
  const minFileSizeInBytes = minElement ? integerOf(textOf(minElement, where), "MinFileSizeInBytes", where, 0) : 0;
  const maxFileSizeInBytes = maxElement
    ? integerOf(textOf(maxElement, where), "MaxFileSizeInBytes", where, 1)
    : MAX_UPLOAD_BYTES;
  if (maxFileSizeInBytes > MAX_UPLOAD_BYTES) {
    invalid(where, `MaxFileSizeInBytes (${maxFileSizeInBytes}) is more than the limit of ${MAX_UPLOAD_BYTES} bytes.`);
  }
  if (minFileSizeInBytes > maxFileSizeInBytes) {
    invalid(where, `MinFileSizeInBytes (${minFileSizeInBytes}) is more than MaxFileSizeInBytes (${maxFileSizeInBytes}).`);
  }
  return { type: "fileUpload", minFileSizeInBytes, maxFileSizeInBytes };
}
