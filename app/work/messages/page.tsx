import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { MessageItem } from "@/components/work/message-item";
import { requirePageUser } from "@/lib/auth/session";
import { inboxOf } from "@/lib/workers/inbox";

export const metadata: Metadata = { title: "Messages" };

export default async function MessagesPage() {
  const user = await requirePageUser("worker", "/work/messages");
  const messages = await inboxOf(user.id);
  return (
    <div className="space-y-6">
      <PageHeader title="Messages" description="Messages from requesters you worked for and from Piecework." />
      {messages.length === 0 ? (
        <EmptyState title="No messages" description="When a requester or the Piecework team writes to you, it shows up here." />
      ) : (
        <ul className="space-y-3">
          {messages.map((m) => (
            <li key={m.id}>
              <MessageItem m={{ id: m.id, subject: m.subject, body: m.body, from: m.sender?.name ?? "Piecework", at: m.createdAt.toISOString(), unread: !m.readAt }} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
