"use client";

import { useRedirectingAction } from "@/components/ui/action-form";
import { formatDateTime } from "@/components/ui/format";
import { cn } from "@/components/ui/cn";
import { openNotificationAction } from "@/app/notifications/actions";

export type NotificationView = { id: string; text: string; at: string; unread: boolean; hasLink: boolean };

/**
 * One notification. Opening it is a form, not a plain link: the server marks it read and then goes to
 * where it points, so the badge is right on the page it lands on (and it works without JavaScript).
 */
export function NotificationItem({ n }: { n: NotificationView }) {
  const [state, action, pending] = useRedirectingAction(openNotificationAction);
  return (
    <form action={action} className="contents">
      <input type="hidden" name="notificationId" value={n.id} />
      <button
        type="submit"
        disabled={pending}
        className={cn(
          "flex w-full items-start gap-3 rounded-lg px-4 py-3 text-left transition-colors duration-100 hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-primary",
          n.unread && "bg-primary/5",
        )}
      >
        <span aria-hidden="true" className={cn("mt-1.5 size-2 shrink-0 rounded-full", n.unread ? "bg-primary" : "bg-transparent")} />
        <span className="min-w-0 flex-1">
          <span className={cn("block text-sm", n.unread ? "font-semibold text-fg" : "text-fg")}>
            {n.unread && <span className="sr-only">Unread: </span>}
            {n.text}
          </span>
          <span className="mt-0.5 block text-xs text-muted">
            <time dateTime={n.at}>{formatDateTime(n.at)}</time>
            {n.hasLink && <span> · Open</span>}
          </span>
        </span>
      </button>
      {state.status === "error" && (
        <p role="alert" className="px-4 pb-2 text-sm text-danger">{state.message}</p>
      )}
    </form>
  );
}
