"use client";

// An HTMLQuestion or ExternalQuestion in its iframe. The page inside submits to /mturk/externalSubmit,
// whose answer page posts a message to us (app/mturk/externalSubmit/result-page.ts); we move the worker
// on, or show why the submission was refused.
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import type { FrameKind } from "@/lib/questions/frame-src";

// HTMLQuestion runs on our origin, so it must never get allow-same-origin: with allow-scripts that would
// let it remove its own sandbox and act as the signed-in worker. An ExternalQuestion lives on the
// requester's origin, so same-origin there only gives it its own cookies and storage, as MTurk allows.
const SANDBOX: Record<FrameKind, string> = {
  HTMLQuestion: "allow-scripts allow-forms",
  Layout: "allow-scripts allow-forms",
  ExternalQuestion: "allow-scripts allow-forms allow-same-origin allow-popups",
};

export type QuestionFrameProps = {
  kind: FrameKind;
  src: string;
  height: number;
  title: string;
  /** Where to go once the frame reports a successful submission (none in preview). */
  onSubmittedHref?: string;
};

type FrameMessage = { type: "piecework:submitted"; assignmentId: string } | { type: "piecework:submit-error"; message: string };

function isFrameMessage(data: unknown): data is FrameMessage {
  if (!data || typeof data !== "object") return false;
  const m = data as Record<string, unknown>;
  return (m.type === "piecework:submitted" && typeof m.assignmentId === "string") || (m.type === "piecework:submit-error" && typeof m.message === "string");
}

export function QuestionFrame({ kind, src, height, title, onSubmittedHref }: QuestionFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      // Only our own frame speaks to us; the origin cannot tell (a sandboxed frame's is "null").
      if (!frame.current || event.source !== frame.current.contentWindow || !isFrameMessage(event.data)) return;
      if (event.data.type === "piecework:submit-error") {
        setError(event.data.message);
        return;
      }
      setError(null);
      if (onSubmittedHref) {
        router.push(onSubmittedHref);
        router.refresh();
      }
    }
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [onSubmittedHref, router]);

  return (
    <div className="space-y-3">
      {error && (
        <Alert tone="danger" title="Your work was not submitted">
          {error}
        </Alert>
      )}
      <iframe
        ref={frame}
        src={src}
        title={title}
        sandbox={SANDBOX[kind]}
        style={{ height }}
        // The requester's page chooses its own colors; white keeps it readable inside a dark theme.
        className="block w-full rounded-lg border border-border bg-white"
      />
    </div>
  );
}
