"use client";

// A layout filled from a sample row, in a sandboxed frame: scripts run as they will for workers, but never
// on our origin (no allow-same-origin), so a layout cannot act as the signed-in requester. The frame is the
// preview shell (lib/questions/layout-preview-shell.ts), which shows the document we post it once loaded,
// under the task frame's policy rather than this page's.
import { useEffect, useRef, useState } from "react";
import { layoutDocument } from "@/lib/questions/layout-document";
import { PREVIEW_ASSIGNMENT_ID } from "@/lib/questions/frame-src";
import { LAYOUT_PREVIEW_MESSAGE, LAYOUT_PREVIEW_SRC, type LayoutPreviewMessage } from "@/lib/questions/layout-preview-shell";
import { fillLayout } from "@/lib/projects/layout";

const FRAME_CLASS = "block w-full rounded-lg border border-border bg-white";

export function LayoutPreview({ layout, row, title, height = 420 }: { layout: string; row: Record<string, string>; title: string; height?: number }) {
  const doc = layoutDocument(fillLayout(layout, row), { assignmentId: PREVIEW_ASSIGNMENT_ID, submitTo: "" });
  // The frame is made in the browser, never server-rendered: a server-rendered frame could finish
  // loading before React listens for its load event, and would never get its document.
  const [inBrowser, setInBrowser] = useState(false);
  useEffect(() => setInBrowser(true), []);
  // Posted once per frame: writing the document fires the frame's load event again.
  const filled = useRef<HTMLIFrameElement | null>(null);

  if (!inBrowser) return <div style={{ height }} className={FRAME_CLASS} />;
  return (
    <iframe
      // A new frame for every version of the document (see the shell for why).
      key={doc}
      title={title}
      src={LAYOUT_PREVIEW_SRC}
      sandbox="allow-scripts"
      style={{ height }}
      className={FRAME_CLASS}
      onLoad={(event) => {
        const frame = event.currentTarget;
        if (filled.current === frame) return;
        filled.current = frame;
        const message: LayoutPreviewMessage = { type: LAYOUT_PREVIEW_MESSAGE, html: doc };
        // The sandboxed frame's origin is opaque, so no target origin can name it.
        frame.contentWindow?.postMessage(message, "*");
      }}
    />
  );
}
