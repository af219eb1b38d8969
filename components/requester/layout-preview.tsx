"use client";

// A layout filled from a sample row, in a sandboxed srcdoc frame: scripts run as they will for workers,
// but never on our origin (no allow-same-origin), so a layout cannot act as the signed-in requester.
import { layoutDocument } from "@/lib/questions/layout-document";
import { PREVIEW_ASSIGNMENT_ID } from "@/lib/questions/frame-src";
import { fillLayout } from "@/lib/projects/layout";

export function LayoutPreview({ layout, row, title, height = 420 }: { layout: string; row: Record<string, string>; title: string; height?: number }) {
  const doc = layoutDocument(fillLayout(layout, row), { assignmentId: PREVIEW_ASSIGNMENT_ID, submitTo: "" });
  return <iframe title={title} srcDoc={doc} sandbox="allow-scripts" style={{ height }} className="block w-full rounded-lg border border-border bg-white" />;
}
