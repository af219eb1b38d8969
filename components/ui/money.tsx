import { cn } from "./cn";
import { formatCents } from "./format";

export function Money({ cents, className }: { cents: number; className?: string }) {
  return <span className={cn("tabular-nums whitespace-nowrap", className)}>{formatCents(cents)}</span>;
}
