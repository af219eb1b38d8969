// How a SelectionAnswer behaves once MTurk's optional settings are filled in. The parser (to refuse
// impossible forms), the validator and the renderer all read the same rules from here.
import type { SelectionAnswerSpec, SelectionStyle } from "./question-form.types";

const MULTI_STYLES: readonly SelectionStyle[] = ["checkbox", "list", "multichooser"];

export interface SelectionRules {
  /** The style to render: the suggestion, adjusted when it cannot show the allowed number of choices. */
  style: SelectionStyle;
  /** Whether the worker may pick more than one choice. */
  multiple: boolean;
  /** Fewest choices in an answer (an optional question may still be left blank). Always >= 1. */
  minSelections: number;
  /** Most choices in an answer. */
  maxSelections: number;
  /** Listed selections plus one for "Other" when offered. */
  choiceCount: number;
  /** True when "Other" is a choice of its own (value OTHER_SELECTION_VALUE) plus a text field. */
  otherIsAChoice: boolean;
}

/**
 * Defaults, as MTurk documents them where it does and as a worker would expect where it does not:
 * - MaxSelectionCount given: it decides single or multiple choice. Not given: checkbox, list and
 *   multichooser allow any number of choices; the other styles (and no style) allow one.
 * - A suggested single-choice style with MaxSelectionCount > 1 is rendered as checkboxes (radiobutton)
 *   or a multi-select list (dropdown, combobox), since those controls cannot hold several answers.
 * - No style: radio buttons for one choice, checkboxes for several.
 */
export function selectionRules(spec: SelectionAnswerSpec): SelectionRules {
  const choiceCount = spec.selections.length + (spec.otherSelection ? 1 : 0);
  const suggested = spec.styleSuggestion;
  const multiple =
    spec.maxSelectionCount !== undefined ? spec.maxSelectionCount > 1 : suggested !== undefined && MULTI_STYLES.includes(suggested);

  let style: SelectionStyle = suggested ?? (multiple ? "checkbox" : "radiobutton");
  if (multiple && !MULTI_STYLES.includes(style)) style = style === "radiobutton" ? "checkbox" : "list";

  const maxSelections = Math.min(spec.maxSelectionCount ?? (multiple ? choiceCount : 1), choiceCount);
  const minSelections = Math.max(spec.minSelectionCount ?? 1, 1);

  return {
    style,
    multiple,
    minSelections,
    maxSelections,
    choiceCount,
    otherIsAChoice: spec.otherSelection !== undefined && style !== "combobox",
  };
}
