// A FreeTextAnswer: one line, or a textarea when NumberOfLinesSuggestion asks for more than one.
import { describeFreeTextConstraints } from "@/lib/questions/free-text-rules";
import type { FreeTextAnswerSpec } from "@/lib/questions/question-form.types";
import { describedBy } from "./field-ids";
import { CONTROL, FieldError, Hint, LabelledPrompt, splitPrompt } from "./question-content";
import { firstValue, type QuestionFieldProps } from "./question-field-props";

export function FreeTextQuestion({ question, ids, values, fieldErrors, disabled, spec }: QuestionFieldProps & { spec: FreeTextAnswerSpec }) {
  const { labelItems, restItems } = splitPrompt(question);
  const name = question.identifier;
  const error = fieldErrors[name];
  const hint = describeFreeTextConstraints(spec);
  return (
    <div className="space-y-2">
      <LabelledPrompt question={question} ids={ids} labelItems={labelItems} restItems={restItems} />
      {hint && <Hint id={ids.hint}>{hint}</Hint>}
      <FreeTextControl
        id={ids.input}
        name={name}
        spec={spec}
        defaultValue={firstValue(values[name]) ?? spec.defaultText ?? ""}
        required={question.isRequired}
        disabled={disabled}
        invalid={Boolean(error)}
        describedBy={describedBy(restItems.length > 0 && ids.content, hint && ids.hint, error && ids.error)}
      />
      <FieldError id={ids.error} message={error} />
    </div>
  );
}

/** The input itself; also used for the text of an "Other" choice. */
export function FreeTextControl(props: {
  id: string;
  name: string;
  spec: FreeTextAnswerSpec;
  defaultValue: string;
  required?: boolean;
  disabled: boolean;
  invalid: boolean;
  describedBy?: string;
  ariaLabel?: string;
}) {
  const { id, name, spec, defaultValue, required, disabled, invalid, describedBy, ariaLabel } = props;
  const maxLength = spec.constraints.length?.maxLength;
  const common = {
    id,
    name,
    defaultValue,
    required: required || undefined,
    disabled: disabled || undefined,
    maxLength,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy,
    "aria-label": ariaLabel,
    className: CONTROL,
  };
  const lines = spec.numberOfLinesSuggestion ?? 1;
  if (lines > 1) return <textarea {...common} rows={Math.min(lines, 20)} />;
  // inputMode only changes the on-screen keyboard; the server checks the number. A digits-only keypad has
  // no minus sign, so it is used only when negative numbers cannot be an answer.
  const numeric = spec.constraints.isNumeric;
  const inputMode = numeric ? ((numeric.minValue ?? -1) >= 0 ? "numeric" : "text") : undefined;
  return <input type="text" {...common} inputMode={inputMode} autoComplete="off" />;
}
