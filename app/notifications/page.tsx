import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { NotificationItem } from "@/components/notifications/notification-item";
import { MarkAllRead } from "@/components/notifications/mark-all-read";
import { EmailCopiesForm } from "@/components/notifications/email-copies-form";
import { emailMessageCopiesOf } from "@/lib/workers/message-email";
import { requirePageUser } from "@/lib/auth/session";
import { notificationsPage, unreadNotificationCount } from "@/lib/notifications/in-app/queries";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePageUser(null, "/notifications");
  const { page } = await searchParams;
  const [list, unread, emailCopies] = await Promise.all([notificationsPage(user.id, Number(page ?? 1)), unreadNotificationCount(user.id), emailMessageCopiesOf(user.id)]);
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6">
      <PageHeader
        title="Notifications"
        description={unread > 0 ? `${unread} unread. Open one to go where it points; it is marked read.` : "Everything is read."}
        actions={<MarkAllRead disabled={unread === 0} />}
      />
      {list.total === 0 ? (
        <EmptyState title="No notifications yet" description="Decisions on your work, payments, qualifications and requests for your attention show up here." />
      ) : (
        <>
          <ul className="divide-y divide-border overflow-hidden rounded-xl border border-border bg-surface" aria-label="Notifications, newest first">
            {list.items.map((n) => (
              <li key={n.id}>
                <NotificationItem n={{ id: n.id, text: n.text, at: n.createdAt.toISOString(), unread: !n.readAt, hasLink: Boolean(n.href) }} />
              </li>
            ))}
          </ul>
          <Pager page={list.page} hasMore={list.page < list.pages} href={(p) => `/notifications?page=${p}`} summary={`Page ${list.page} of ${list.pages}`} />
        </>
      )}
      <section aria-labelledby="email-heading" className="space-y-2">
        <h2 id="email-heading" className="text-sm font-semibold">Email</h2>
        <EmailCopiesForm on={emailCopies} email={user.email} />
      </section>
    </div>
  );
}
