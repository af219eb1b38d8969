"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "../ui/cn";

export type NavItem = { href: string; label: string };

/** An area's home ("/work") would otherwise light up on every page beneath it. */
function isAreaRoot(href: string) {
  return href.split("/").filter(Boolean).length <= 1;
}

/** The single best match: the longest href that equals the path or is a parent of it. */
export function activeHref(items: NavItem[], pathname: string): string | undefined {
  let best: string | undefined;
  for (const { href } of items) {
    const matches = pathname === href || (!isAreaRoot(href) && pathname.startsWith(href + "/"));
    if (matches && (!best || href.length > best.length)) best = href;
  }
  return best;
}

export function NavLinks({
  items,
  orientation = "vertical",
  label = "Section",
}: {
  items: NavItem[];
  orientation?: "vertical" | "horizontal";
  label?: string;
}) {
  const pathname = usePathname() ?? "";
  const active = activeHref(items, pathname);
  const vertical = orientation === "vertical";

  return (
    <nav aria-label={label}>
      <ul className={cn("flex", vertical ? "flex-col gap-0.5" : "gap-1 whitespace-nowrap")}>
        {items.map((item) => {
          const current = item.href === active;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "block rounded-md text-sm no-underline transition-colors duration-100",
                  "px-3 py-1.5",
                  current
                    ? "bg-primary/10 font-medium text-primary"
                    : "text-muted hover:bg-surface-muted hover:text-fg",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
