import type { ReactNode } from "react";
import { cn } from "./cn";

export type StatTone = "neutral" | "info" | "success" | "warning" | "danger";

const toneText: Record<StatTone, string> = {
  neutral: "text-fg",
  info: "text-info",
  success: "text-success",
  warning: "text-warning",
  danger: "text-danger",
};

export type StatProps = {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  tone?: StatTone;
  className?: string;
};

/** One figure in a StatGrid (a `<dl>`), hence dt/dd. */
export function Stat({ label, value, hint, tone = "neutral", className }: StatProps) {
  return (
    <div className={cn("flex flex-col rounded-xl border border-border bg-surface px-4 py-3.5 shadow-sm", className)}>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className={cn("mt-1 text-2xl font-semibold tracking-tight tabular-nums", toneText[tone])}>
        {value}
      </dd>
      {hint && <dd className="mt-0.5 text-xs text-muted">{hint}</dd>}
    </div>
  );
}

export function StatGrid({ className, children }: { className?: string; children?: ReactNode }) {
  return <dl className={cn("grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4", className)}>{children}</dl>;
}
