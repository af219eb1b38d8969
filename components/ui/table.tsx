import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "./cn";

export type TableProps = HTMLAttributes<HTMLTableElement> & {
  /** Read by screen readers only; the visible title is usually a CardHeader or PageHeader. */
  caption?: string;
  /** Classes for the scrolling wrapper. */
  wrapperClassName?: string;
};

export function Table({ caption, className, wrapperClassName, children, ...rest }: TableProps) {
  return (
    <div className={cn("w-full overflow-x-auto", wrapperClassName)}>
      <table className={cn("w-full border-collapse text-left text-sm", className)} {...rest}>
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

export function THead({ className, children, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return (
    <thead className={cn("border-b border-border", className)} {...rest}>
      {children}
    </thead>
  );
}

export function TBody({ className, children, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return (
    <tbody
      className={cn(
        "[&>tr]:border-b [&>tr]:border-border [&>tr:last-child]:border-b-0 [&>tr:hover]:bg-surface-muted/50",
        className,
      )}
      {...rest}
    >
      {children}
    </tbody>
  );
}

export function Tr({ className, children, ...rest }: HTMLAttributes<HTMLTableRowElement>) {
  return (
    <tr className={cn("transition-colors duration-100", className)} {...rest}>
      {children}
    </tr>
  );
}

export function Th({ scope = "col", className, children, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope={scope}
      className={cn(
        "px-3 py-2 text-xs font-medium whitespace-nowrap text-muted first:pl-4 last:pr-4",
        className,
      )}
      {...rest}
    >
      {children}
    </th>
  );
}

export function Td({ className, children, ...rest }: TdHTMLAttributes<HTMLTableCellElement> & { children?: ReactNode }) {
  return (
    <td className={cn("px-3 py-2.5 align-middle text-fg first:pl-4 last:pr-4", className)} {...rest}>
      {children}
    </td>
  );
}
