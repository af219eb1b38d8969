"use client";

import { useActionState, useState } from "react";
import { idleState, type FormState } from "@/lib/auth/form-state";
import { markReadAction } from "@/app/work/messages/actions";
import { formatDateTime } from "@/components/ui/format";

/** One message; opening an unread one marks it read. */
export function MessageItem({ m }: { m: { id: string; subject: string; body: string; from: string; at: string; unread: boolean } }) {
  const [, action] = useActionState<FormState, FormData>(markReadAction, idleState);
  const [unread, setUnread] = useState(m.unread);
  return (
    <details
      className="group rounded-xl border border-border bg-surface p-4 open:shadow-sm"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open && unread) {
          setUnread(false);
          const f = new FormData();
          f.set("messageId", m.id);
          action(f);
        }
      }}
    >
      <summary className="flex cursor-pointer list-none items-start justify-between gap-3">
        <span className="min-w-0">
          <span className={`block truncate ${unread ? "font-semibold" : ""}`}>
            {unread && <span className="mr-2 inline-block size-2 rounded-full bg-primary align-middle" aria-label="Unread" />}
            {m.subject}
          </span>
          <span className="block text-sm text-muted">from {m.from}</span>
        </span>
        <time className="shrink-0 text-xs text-muted" dateTime={m.at}>{formatDateTime(m.at)}</time>
      </summary>
      <p className="mt-3 whitespace-pre-wrap text-sm">{m.body}</p>
    </details>
  );
}
