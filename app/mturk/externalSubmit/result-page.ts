// The small page /mturk/externalSubmit answers with, inside the task's frame. It tells the parent page
// (components/questions/question-frame.tsx) what happened, which then moves the worker on or shows the
// error. No external resources, and a nonce so that only our one script runs.
import { randomBytes } from "node:crypto";

type Outcome =
  | { status: 200; assignmentId: string }
  | { status: 400; message: string }
  | { status: 500 };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

// JSON inside <script>: "<" escaped so a message can never close the script element.
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

export function resultPage(outcome: Outcome): Response {
  const nonce = randomBytes(16).toString("base64");
  const [title, text, message] =
    outcome.status === 200
      ? ["Submitted", "Your work was submitted. Thank you!", { type: "piecework:submitted", assignmentId: outcome.assignmentId }]
      : outcome.status === 400
        ? ["Not submitted", outcome.message, { type: "piecework:submit-error", message: outcome.message }]
        : ["Not submitted", "Something went wrong on our side. Please try again.", { type: "piecework:submit-error", message: "Something went wrong on our side. Please try again." }];
  const body = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;color:#1f2937}h1{font-size:1.25rem;margin:0 0 .5rem}</style></head>
<body><h1>${title}</h1><p>${escapeHtml(text)}</p>
<script nonce="${nonce}">parent.postMessage(${scriptJson(message)}, "*");</script>
</body></html>`;
  return new Response(body, {
    status: outcome.status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-store",
    },
  });
}
