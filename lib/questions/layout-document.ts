// A project layout HIT as the frame's document. The layout is a fragment (already filled and escaped by
// lib/projects/layout.ts); like MTurk's requester site, we wrap it in the form that posts to
// externalSubmit with the assignment id and a Submit button, unless the requester wrote their own form
// (a <form> or a <crowd-form>), which then reads assignmentId from the frame's URL like an HTMLQuestion.
import { escapeHtml } from "@/lib/projects/layout";
import { htmlQuestionDocument } from "./frame-document";
import { PREVIEW_ASSIGNMENT_ID } from "./frame-src";

export function hasOwnForm(layout: string): boolean {
  return /<(form|crowd-form)[\s>]/i.test(layout);
}

export interface LayoutFrameContext {
  assignmentId: string;
  /** This site's origin: the form posts to `${submitTo}/mturk/externalSubmit`. */
  submitTo: string;
}

export function layoutDocument(filledLayout: string, ctx: LayoutFrameContext): string {
  if (hasOwnForm(filledLayout)) return htmlQuestionDocument(filledLayout);
  const preview = ctx.assignmentId === PREVIEW_ASSIGNMENT_ID;
  const button = preview
    ? '<button type="submit" disabled>Accept the HIT to submit</button>'
    : '<button type="submit">Submit</button>';
  return htmlQuestionDocument(
    [
      `<form method="post" action="${escapeHtml(ctx.submitTo)}/mturk/externalSubmit">`,
      `<input type="hidden" name="assignmentId" value="${escapeHtml(ctx.assignmentId)}">`,
      filledLayout,
      `<p style="margin-top:1.5rem">${button}</p>`,
      "</form>",
    ].join("\n"),
  );
}
