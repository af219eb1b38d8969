// The layout preview's frame document. The requester's layout must run in the preview as it will for
// workers, under the task frame's sandboxing policy (lib/questions/frame-document.ts). A srcdoc frame
// cannot give it that: it inherits the editor page's policy, whose nonce blocks the layout's inline and
// CDN scripts. So the preview is a URL of its own (app/requester/layout-preview/route.ts) serving this
// shell with the frame's headers; the editor posts it the filled layout, and the shell writes it over
// itself, so the layout runs under the shell's policy, which document.write keeps.
import { PREVIEW_ASSIGNMENT_ID } from "./frame-src";

export const LAYOUT_PREVIEW_PATH = "/requester/layout-preview";

/** The frame's URL: with the preview assignment id in its query, as a worker's preview frame has, for
 *  layouts whose own script reads it from window.location. */
export const LAYOUT_PREVIEW_SRC = `${LAYOUT_PREVIEW_PATH}?${new URLSearchParams({ assignmentId: PREVIEW_ASSIGNMENT_ID })}`;

export const LAYOUT_PREVIEW_MESSAGE = "piecework:layout-preview";

export interface LayoutPreviewMessage {
  type: typeof LAYOUT_PREVIEW_MESSAGE;
  /** The whole document to show. */
  html: string;
}

// Only the frame's parent may fill it (its origin is "null", so the source window is what tells), and
// only once: a changed layout gets a new frame, so each version runs in a fresh global scope, as it
// will for a worker (a layout's top-level consts, or the custom elements crowd-html-elements defines,
// could not be declared a second time in the same window).
const SHELL_SCRIPT = `
addEventListener("message", function show(event) {
  var m = event.data;
  if (event.source !== parent || !m || m.type !== ${JSON.stringify(LAYOUT_PREVIEW_MESSAGE)} || typeof m.html !== "string") return;
  removeEventListener("message", show);
  document.open();
  document.write(m.html);
  document.close();
});`;

export function layoutPreviewShell(): string {
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Preview</title></head><body><script>${SHELL_SCRIPT}\n</script></body></html>`;
}
