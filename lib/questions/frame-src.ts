// Where the frame of an HTML-based question points, with the four parameters MTurk appends: our own
// /mturk/frame route for an HTMLQuestion or a project layout, the requester's ExternalURL (its own query kept) for an
// ExternalQuestion. In preview the assignment id is MTurk's ASSIGNMENT_ID_NOT_AVAILABLE, which pages
// check to disable their submit button.
import { parseExternalQuestion } from "./external-question";
import { displayFrameHeight } from "./frame-question-reader";
import { parseHtmlQuestion } from "./html-question";

export const PREVIEW_ASSIGNMENT_ID = "ASSIGNMENT_ID_NOT_AVAILABLE";

export type FrameKind = "HTMLQuestion" | "ExternalQuestion" | "Layout";

export function isFrameKind(questionType: string): questionType is FrameKind {
  return questionType === "HTMLQuestion" || questionType === "ExternalQuestion" || questionType === "Layout";
}

export interface FrameSrcInput {
  kind: FrameKind;
  hitId: string;
  /** The HIT's Question document. */
  question: string;
  assignmentId: string;
  workerId: string;
  /** This site's origin; the page's form posts to `${turkSubmitTo}/mturk/externalSubmit`. */
  origin: string;
}

export function frameSrc(input: FrameSrcInput): string {
  return questionFrame(input).src;
}

/** The frame's src and the height to render it at. */
export function questionFrame(input: FrameSrcInput): { kind: FrameKind; src: string; height: number } {
  const params = { assignmentId: input.assignmentId, hitId: input.hitId, workerId: input.workerId, turkSubmitTo: input.origin };
  if (input.kind === "Layout") {
    // A project layout HIT is served by the same frame route; its question is HTML, not an envelope.
    const query = new URLSearchParams(params).toString();
    return { kind: input.kind, src: `/mturk/frame/${encodeURIComponent(input.hitId)}?${query}`, height: displayFrameHeight(0) };
  }
  if (input.kind === "HTMLQuestion") {
    const { frameHeight } = parseHtmlQuestion(input.question);
    const query = new URLSearchParams(params).toString();
    return { kind: input.kind, src: `/mturk/frame/${encodeURIComponent(input.hitId)}?${query}`, height: displayFrameHeight(frameHeight) };
  }
  const { url, frameHeight } = parseExternalQuestion(input.question);
  const src = new URL(url);
  // set, not append: a requester URL that already names one of these must not give the page two values.
  for (const [name, value] of Object.entries(params)) src.searchParams.set(name, value);
  return { kind: input.kind, src: src.toString(), height: displayFrameHeight(frameHeight) };
}
