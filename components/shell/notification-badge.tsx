import Link from "next/link";
import { cn } from "../ui/cn";

/** "Notifications, 3 unread": the bell names itself for screen readers; the count is drawn for the eye. */
export function notificationBadgeLabel(unread: number): string {
  return unread > 0 ? `Notifications, ${unread} unread` : "Notifications, none unread";
}

export function NotificationBadge({ unread }: { unread: number }) {
  return (
    <Link
      href="/notifications"
      aria-label={notificationBadgeLabel(unread)}
      data-testid="notification-badge"
      className="relative grid size-9 place-items-center rounded-lg text-muted no-underline transition-colors duration-100 hover:bg-surface-muted hover:text-fg"
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" className="size-5">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span
          aria-hidden="true"
          className={cn(
            "absolute -top-0.5 -right-0.5 grid h-5 min-w-5 place-items-center rounded-full bg-danger px-1 text-[11px] leading-none font-semibold text-danger-fg ring-2 ring-surface",
          )}
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
