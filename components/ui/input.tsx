import type { InputHTMLAttributes } from "react";
import { cn } from "./cn";
import { controlClasses, describedBy, Field, FieldError, FieldHint } from "./field";

type FieldAttrs = Omit<InputHTMLAttributes<HTMLInputElement>, "name"> & {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  /** Classes for the `<input>` itself; `className` goes on the wrapper so layouts (grid spans, widths) work. */
  inputClassName?: string;
};

export type InputProps = FieldAttrs;

export function Input({ label, name, id, error, hint, className, inputClassName, type = "text", ...rest }: InputProps) {
  const inputId = id ?? name;
  return (
    <Field id={inputId} label={label} hint={hint} error={error} required={rest.required} className={className}>
      <input
        {...rest}
        id={inputId}
        name={name}
        type={type}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error, rest["aria-describedby"])}
        className={cn(controlClasses, "h-10", type === "file" && "h-auto py-2", inputClassName)}
      />
    </Field>
  );
}

export type CheckboxProps = Omit<FieldAttrs, "type">;

export function Checkbox({ label, name, id, error, hint, className, inputClassName, ...rest }: CheckboxProps) {
  const inputId = id ?? name;
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <div className="flex items-start gap-2.5">
        <input
          {...rest}
          id={inputId}
          name={name}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(inputId, hint, error, rest["aria-describedby"])}
          className={cn(
            "mt-0.5 size-4 shrink-0 rounded accent-primary disabled:cursor-not-allowed",
            inputClassName,
          )}
        />
        <label htmlFor={inputId} className="text-sm font-medium text-fg">
          {label}
        </label>
      </div>
      {/* Indent to align with the label text, past the 16px box and its gap. */}
      <div className="flex flex-col gap-1 pl-6.5">
        <FieldHint id={inputId}>{hint}</FieldHint>
        <FieldError id={inputId}>{error}</FieldError>
      </div>
    </div>
  );
}
