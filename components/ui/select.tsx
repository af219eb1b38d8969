import type { SelectHTMLAttributes } from "react";
import { cn } from "./cn";
import { controlClasses, describedBy, Field } from "./field";

export type SelectOption = { value: string; label: string };

export type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  /** Alternative to passing `<option>` children. */
  options?: SelectOption[];
  /** Classes for the `<select>` itself; `className` goes on the wrapper. */
  inputClassName?: string;
};

export function Select({ label, name, id, error, hint, options, className, inputClassName, children, ...rest }: SelectProps) {
  const inputId = id ?? name;
  return (
    <Field id={inputId} label={label} hint={hint} error={error} required={rest.required} className={className}>
      {/* The native arrow is hidden so ours matches the theme in both color schemes. */}
      <div className="relative">
        <select
          {...rest}
          id={inputId}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(inputId, hint, error, rest["aria-describedby"])}
          className={cn(controlClasses, "h-10 appearance-none pr-9", rest.multiple && "h-auto py-2", inputClassName)}
        >
          {options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {children}
        </select>
        {!rest.multiple && (
          <svg
            viewBox="0 0 16 16"
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted"
          >
            <path d="M4.5 6.5 8 10l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        )}
      </div>
    </Field>
  );
}
