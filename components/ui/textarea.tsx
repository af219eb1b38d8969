import type { TextareaHTMLAttributes } from "react";
import { cn } from "./cn";
import { controlClasses, describedBy, Field } from "./field";

export type TextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name"> & {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  /** Classes for the `<textarea>` itself; `className` goes on the wrapper. */
  inputClassName?: string;
};

export function Textarea({ label, name, id, error, hint, className, inputClassName, rows = 4, ...rest }: TextareaProps) {
  const inputId = id ?? name;
  return (
    <Field id={inputId} label={label} hint={hint} error={error} required={rest.required} className={className}>
      <textarea
        {...rest}
        id={inputId}
        name={name}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error, rest["aria-describedby"])}
        className={cn(controlClasses, "min-h-20 py-2 leading-relaxed", inputClassName)}
      />
    </Field>
  );
}
