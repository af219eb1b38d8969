import type { ReactNode } from "react";
import { cn } from "./cn";

/** Shared look of text-like controls so Input, Textarea and Select line up in forms. */
export const controlClasses =
  "block w-full rounded-lg border border-border-strong bg-surface px-3 text-sm text-fg shadow-xs " +
  "placeholder:text-muted/80 transition-colors duration-150 " +
  "hover:border-muted/60 focus-visible:border-primary focus-visible:outline-offset-0 " +
  "disabled:cursor-not-allowed disabled:bg-surface-muted disabled:text-muted " +
  "aria-[invalid=true]:border-danger aria-[invalid=true]:focus-visible:outline-danger";

/** Ids for the hint/error text, merged with any describedby the caller passed. */
export function describedBy(id: string, hint?: string, error?: string, extra?: string) {
  const ids = [extra, hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldHint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={`${id}-hint`} className="text-xs text-muted">
      {children}
    </p>
  );
}

export function FieldError({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={`${id}-error`} className="flex items-start gap-1 text-xs font-medium text-danger">
      <svg viewBox="0 0 16 16" aria-hidden="true" className="mt-px size-3.5 shrink-0 fill-current">
        <path fillRule="evenodd" d="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM7.25 4.5h1.5v4.5h-1.5V4.5Zm0 5.75h1.5v1.5h-1.5v-1.5Z" />
      </svg>
      <span>{children}</span>
    </p>
  );
}

type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  className?: string;
  children: ReactNode;
};

/** Label above the control, then hint, then error: the order screen readers and eyes both expect. */
export function Field({ id, label, hint, error, required, className, children }: FieldProps) {
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={id} className="text-sm font-medium text-fg">
        {label}
        {required && (
          <span aria-hidden="true" className="ml-0.5 text-danger">
            *
          </span>
        )}
      </label>
      {children}
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id}>{error}</FieldError>
    </div>
  );
}
