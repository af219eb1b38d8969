import { describe, expect, it } from "vitest";
import { hasOwnForm, layoutDocument } from "./layout-document";
import { PREVIEW_ASSIGNMENT_ID } from "./frame-src";

const ctx = { assignmentId: "A".repeat(30), submitTo: "https://pw.example" };

describe("layoutDocument", () => {
  it("wraps a fragment in a form to externalSubmit with the assignment id and a Submit button", () => {
    const doc = layoutDocument('<input name="x">', ctx);
    expect(doc).toContain('<form method="post" action="https://pw.example/mturk/externalSubmit">');
    expect(doc).toContain(`name="assignmentId" value="${ctx.assignmentId}"`);
    expect(doc).toMatch(/<button type="submit">Submit<\/button>/);
    expect(doc.startsWith("<!DOCTYPE html>")).toBe(true);
  });
  it("disables the button in preview", () => {
    expect(layoutDocument("<p>x</p>", { ...ctx, assignmentId: PREVIEW_ASSIGNMENT_ID })).toContain("disabled");
  });
  it("escapes a hostile assignment id from the URL", () => {
    expect(layoutDocument("<p>x</p>", { ...ctx, assignmentId: '"><script>' })).not.toContain('"><script>');
  });
  it("leaves a layout with its own form or crowd-form alone", () => {
    for (const own of ['<form action="x"></form>', "<crowd-form><crowd-input name=a></crowd-input></crowd-form>"]) {
      expect(hasOwnForm(own)).toBe(true);
      expect(layoutDocument(own, ctx)).not.toContain("/mturk/externalSubmit");
    }
    expect(hasOwnForm("<formula>")).toBe(false);
  });
});
