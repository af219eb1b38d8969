import type { ReactNode } from "react";
import { cn } from "./cn";

export type AlertTone = "info" | "success" | "warning" | "danger";

const tones: Record<AlertTone, { box: string; icon: string; path: string }> = {
  info: {
    box: "border-info/30 bg-info/8",
    icon: "text-info",
    path: "M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-.75 7h1.5v5h-1.5V9Zm0-3h1.5v1.5h-1.5V6Z",
  },
  success: {
    box: "border-success/30 bg-success/8",
    icon: "text-success",
    path: "M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm3.6 5.7-4.4 4.9-2.8-2.6 1-1.1 1.7 1.6 3.4-3.8 1.1 1Z",
  },
  warning: {
    box: "border-warning/35 bg-warning/8",
    icon: "text-warning",
    path: "M10 2.5 1.5 17h17L10 2.5ZM9.25 8h1.5v4.5h-1.5V8Zm0 5.5h1.5V15h-1.5v-1.5Z",
  },
  danger: {
    box: "border-danger/30 bg-danger/8",
    icon: "text-danger",
    path: "M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16ZM9.25 5.5h1.5v5.5h-1.5V5.5Zm0 7h1.5V14h-1.5v-1.5Z",
  },
};

export type AlertProps = { tone?: AlertTone; title?: string; className?: string; children?: ReactNode };

export function Alert({ tone = "info", title, className, children }: AlertProps) {
  const t = tones[tone];
  return (
    // Errors interrupt (assertive); everything else waits its turn.
    <div
      role={tone === "danger" ? "alert" : "status"}
      className={cn("flex gap-3 rounded-lg border px-4 py-3 text-sm text-fg", t.box, className)}
    >
      <svg viewBox="0 0 20 20" aria-hidden="true" className={cn("mt-0.5 size-4 shrink-0 fill-current", t.icon)}>
        <path fillRule="evenodd" d={t.path} />
      </svg>
      <div className="min-w-0 space-y-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className="text-fg/85">{children}</div>}
      </div>
    </div>
  );
}
