import { Card, CardHeader } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";

/** Decisions Piecework's admins made about this account (deposits, take-downs, appeals), with their reasons. */
export function PlatformMessages({ messages }: { messages: { id: string; subject: string; body: string; createdAt: Date }[] }) {
  if (messages.length === 0) return null;
  return (
    <Card>
      <CardHeader title="From Piecework" description="Decisions about your account, with the reason given." />
      <ul className="divide-y divide-border" aria-label="Messages from Piecework">
        {messages.map((m) => (
          <li key={m.id} className="px-5 py-3 text-sm">
            <p className="font-medium">{m.subject}</p>
            <p className="text-xs text-muted">{formatDateTime(m.createdAt)}</p>
            <p className="mt-1 whitespace-pre-line">{m.body}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
