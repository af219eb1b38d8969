// A SelectionAnswer in the control its (effective) style asks for:
//   radiobutton, checkbox, multichooser -> a fieldset of radio buttons or checkboxes
//   dropdown -> <select>; list -> a list box (<select size>, multiple when several choices are allowed)
//   combobox -> a text input with a <datalist> of suggestions
// "Other" is a choice with the value OTHER_SELECTION_VALUE plus a text field named "<id>.other"; a
// combobox needs neither, since the worker types their own answer into it.
import { selectionLabel } from "@/lib/questions/question-labels";
import {
  OTHER_SELECTION_VALUE,
  otherFieldName,
  type SelectionAnswerSpec,
  type SelectionContent,
} from "@/lib/questions/question-form.types";
import { selectionRules, type SelectionRules } from "@/lib/questions/selection-rules";
import { describedBy } from "./field-ids";
import { FreeTextControl } from "./free-text-question";
import { BinaryView, CONTROL, ContentItems, FieldError, FormattedHtml, Hint, LabelledPrompt, PromptText, RequiredMark, splitPrompt } from "./question-content";
import { allValues, firstValue, type QuestionFieldProps } from "./question-field-props";

type Props = QuestionFieldProps & { spec: SelectionAnswerSpec };

export function SelectionQuestion(props: Props) {
  const rules = selectionRules(props.spec);
  if (rules.style === "dropdown" || rules.style === "list") return <SelectQuestion {...props} rules={rules} />;
  if (rules.style === "combobox") return <ComboboxQuestion {...props} rules={rules} />;
  return <ChoiceGroupQuestion {...props} rules={rules} />;
}

function choiceHint(rules: SelectionRules): string | undefined {
  if (!rules.multiple) return undefined;
  const { minSelections: min, maxSelections: max, choiceCount } = rules;
  if (min > 1 && max < choiceCount) return min === max ? `Choose ${min}.` : `Choose ${min} to ${max}.`;
  if (min > 1) return `Choose at least ${min}.`;
  if (max < choiceCount) return `Choose up to ${max}.`;
  return "Choose all that apply.";
}

function SelectionContentView({ content }: { content: SelectionContent }) {
  if (content.kind === "text") return <span className="whitespace-pre-line">{content.text}</span>;
  if (content.kind === "binary") return <BinaryView binary={content} />;
  return <FormattedHtml xhtml={content.xhtml} inline />;
}

function ChoiceGroupQuestion({ question, ids, values, fieldErrors, disabled, spec, rules }: Props & { rules: SelectionRules }) {
  const { labelItems, restItems } = splitPrompt(question);
  const name = question.identifier;
  const otherName = otherFieldName(name);
  const error = fieldErrors[name];
  const otherError = fieldErrors[otherName];
  const selected = allValues(values[name]);
  const hint = choiceHint(rules);
  const type = rules.multiple ? "checkbox" : "radio";
  // A required radio group is enforced natively; for checkboxes "required" would demand every box.
  const required = type === "radio" && question.isRequired ? true : undefined;
  const choiceClass = "mt-1 h-4 w-4 shrink-0 accent-current disabled:cursor-not-allowed";

  return (
    <fieldset className="space-y-2" aria-describedby={describedBy(restItems.length > 0 && ids.content, hint && ids.hint, error && ids.error)}>
      <legend id={ids.label} className="mb-1">
        <PromptText question={question} labelItems={labelItems} />
        <RequiredMark required={question.isRequired} />
      </legend>
      {restItems.length > 0 && (
        <div id={ids.content} className="space-y-2">
          <ContentItems items={restItems} />
        </div>
      )}
      {hint && <Hint id={ids.hint}>{hint}</Hint>}
      <div className="space-y-2">
        {spec.selections.map((selection, index) => (
          <div key={selection.identifier} className="flex items-start gap-2">
            <input
              type={type}
              id={ids.option(index)}
              name={name}
              value={selection.identifier}
              defaultChecked={selected.includes(selection.identifier)}
              required={required}
              disabled={disabled || undefined}
              aria-invalid={error ? true : undefined}
              className={choiceClass}
            />
            <label htmlFor={ids.option(index)} className="min-w-0">
              <SelectionContentView content={selection.content} />
            </label>
          </div>
        ))}
        {spec.otherSelection && rules.otherIsAChoice && (
          <div className="flex flex-wrap items-start gap-2">
            <input
              type={type}
              id={ids.otherChoice}
              name={name}
              value={OTHER_SELECTION_VALUE}
              defaultChecked={selected.includes(OTHER_SELECTION_VALUE)}
              required={required}
              disabled={disabled || undefined}
              aria-invalid={error ? true : undefined}
              className={choiceClass}
            />
            <label htmlFor={ids.otherChoice}>Other:</label>
            <div className="min-w-48 flex-1">
              <FreeTextControl
                id={ids.otherInput}
                name={otherName}
                spec={spec.otherSelection}
                defaultValue={firstValue(values[otherName]) ?? spec.otherSelection.defaultText ?? ""}
                disabled={disabled}
                invalid={Boolean(otherError)}
                describedBy={describedBy(otherError && ids.otherError)}
                ariaLabel="Other (please specify)"
              />
            </div>
          </div>
        )}
      </div>
      <FieldError id={ids.otherError} message={otherError} />
      <FieldError id={ids.error} message={error} />
    </fieldset>
  );
}

function SelectQuestion({ question, ids, values, fieldErrors, disabled, spec, rules }: Props & { rules: SelectionRules }) {
  const { labelItems, restItems } = splitPrompt(question);
  const name = question.identifier;
  const otherName = otherFieldName(name);
  const error = fieldErrors[name];
  const otherError = fieldErrors[otherName];
  const selected = allValues(values[name]);
  const isList = rules.style === "list";
  const hint = [choiceHint(rules), rules.multiple ? "Hold Ctrl (Cmd on a Mac) to choose several." : undefined].filter(Boolean).join(" ");

  return (
    <div className="space-y-2">
      <LabelledPrompt question={question} ids={ids} labelItems={labelItems} restItems={restItems} />
      {hint && <Hint id={ids.hint}>{hint}</Hint>}
      {/* React applies a select's defaultValue only when it mounts, so the choices sent back after a failed
          validation would be lost to the form reset; the key remounts the select with them. */}
      <select
        key={selected.join("\u0000")}
        id={ids.input}
        name={name}
        multiple={rules.multiple || undefined}
        size={isList ? Math.max(2, Math.min(rules.choiceCount, 8)) : undefined}
        defaultValue={rules.multiple ? selected : (selected[0] ?? "")}
        required={question.isRequired || undefined}
        disabled={disabled || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(restItems.length > 0 && ids.content, hint && ids.hint, error && ids.error)}
        className={CONTROL}
      >
        {!isList && <option value="">Choose…</option>}
        {spec.selections.map((selection) => (
          <option key={selection.identifier} value={selection.identifier}>
            {selectionLabel(selection)}
          </option>
        ))}
        {spec.otherSelection && <option value={OTHER_SELECTION_VALUE}>Other (please specify below)</option>}
      </select>
      <FieldError id={ids.error} message={error} />
      {spec.otherSelection && (
        <div className="space-y-1">
          <label htmlFor={ids.otherInput} className="block text-sm">
            If other, please specify
          </label>
          <FreeTextControl
            id={ids.otherInput}
            name={otherName}
            spec={spec.otherSelection}
            defaultValue={firstValue(values[otherName]) ?? spec.otherSelection.defaultText ?? ""}
            disabled={disabled}
            invalid={Boolean(otherError)}
            describedBy={describedBy(otherError && ids.otherError)}
          />
          <FieldError id={ids.otherError} message={otherError} />
        </div>
      )}
    </div>
  );
}

function ComboboxQuestion({ question, ids, values, fieldErrors, disabled, spec }: Props & { rules: SelectionRules }) {
  const { labelItems, restItems } = splitPrompt(question);
  const name = question.identifier;
  const error = fieldErrors[name];
  const hint = spec.otherSelection ? "Pick a suggestion or type your own answer." : "Pick one of the suggestions.";
  return (
    <div className="space-y-2">
      <LabelledPrompt question={question} ids={ids} labelItems={labelItems} restItems={restItems} />
      <Hint id={ids.hint}>{hint}</Hint>
      <input
        type="text"
        id={ids.input}
        name={name}
        list={ids.datalist}
        defaultValue={firstValue(values[name]) ?? ""}
        autoComplete="off"
        required={question.isRequired || undefined}
        disabled={disabled || undefined}
        maxLength={spec.otherSelection?.constraints.length?.maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(restItems.length > 0 && ids.content, ids.hint, error && ids.error)}
        className={CONTROL}
      />
      <datalist id={ids.datalist}>
        {spec.selections.map((selection) => (
          <option key={selection.identifier} value={selectionLabel(selection)} />
        ))}
      </datalist>
      <FieldError id={ids.error} message={error} />
    </div>
  );
}
