// Previous / Next links for a server-paginated list, with the page number (or a fuller summary) between.
import type { ReactNode } from "react";
import { ButtonLink, type ButtonSize } from "./button";
import { cn } from "./cn";

export type PagerProps = {
  page: number;
  hasMore: boolean;
  /** The URL of another page of the same list, filters kept. */
  href: (page: number) => string;
  summary?: ReactNode;
  size?: ButtonSize;
  className?: string;
};

export function Pager({ page, hasMore, href, summary, size = "md", className }: PagerProps) {
  if (page <= 1 && !hasMore) return null;
  return (
    <nav aria-label="Pages" className={cn("flex items-center justify-between gap-3", className)}>
      {page > 1 ? <ButtonLink variant="secondary" size={size} href={href(page - 1)}>Previous</ButtonLink> : <span />}
      <span className="text-sm text-muted">{summary ?? `Page ${page}`}</span>
      {hasMore ? <ButtonLink variant="secondary" size={size} href={href(page + 1)}>Next</ButtonLink> : <span />}
    </nav>
  );
}
