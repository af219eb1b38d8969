// The HTMLQuestion frame's document and its Content-Security-Policy. The requester's HTML runs as is;
// what keeps it from touching Piecework is the sandbox (an opaque origin: no cookies, no storage, no
// access to the parent page) that both the iframe attribute and the CSP's own `sandbox` impose, so it
// holds even when someone opens the frame's URL directly.

/** The CSP for the frame. `origin` is this site's, named explicitly because the sandboxed document's
 *  own origin is opaque, so 'self' would match nothing; only our submit route may receive its form. */
export function htmlQuestionCsp(origin: string): string {
  return [
    "sandbox allow-scripts allow-forms",
    "default-src 'none'",
    // Templates written for MTurk use inline scripts and load libraries (crowd-html-elements, jQuery) over https.
    "script-src 'unsafe-inline' https:",
    "style-src 'unsafe-inline' https:",
    "img-src https: data: blob:",
    "font-src https: data:",
    "media-src https: data:",
    "connect-src https:",
    `form-action ${origin}/mturk/externalSubmit`,
    "frame-ancestors 'self'",
    "base-uri 'none'",
  ].join("; ");
}

/** The requester's HTML as a whole document: MTurk asks for one, but a fragment still gets a proper shell. */
export function htmlQuestionDocument(html: string): string {
  if (/^\s*(<!doctype\s|<html[\s>])/i.test(html)) return html;
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>',
    `<body>${html}</body>`,
    "</html>",
  ].join("\n");
}

/** Headers every response of the frame route carries, whatever its status. */
export function frameResponseHeaders(origin: string): Record<string, string> {
  return {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": htmlQuestionCsp(origin),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
  };
}
