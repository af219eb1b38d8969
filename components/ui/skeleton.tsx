import { cn } from "./cn";

/** Decorative: the loading state is announced by the route's own loading UI, not by each block. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn("h-4 animate-pulse rounded-md bg-border/70", className)} />;
}
