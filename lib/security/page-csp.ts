// The Content-Security-Policy of every Piecework page, set per request by proxy.ts. Scripts run only when
// they carry that request's nonce, which Next.js puts on its own scripts while rendering (it reads the
// nonce from this policy in the request's headers); 'strict-dynamic' lets those scripts load the rest of
// the app's chunks. Requester HTML never runs under this policy: task frames (/mturk/frame/…) and the
// layout preview (/requester/layout-preview) are documents of their own with the sandboxing policy of
// lib/questions/frame-document.ts.

/** A fresh, unguessable nonce (base64 of a random UUID, as the Next.js guide does). */
export function newNonce(): string {
  return btoa(crypto.randomUUID());
}

/** The page policy for one response. `dev`: `next dev` needs eval for React's debugging aids. */
export function pageCsp(nonce: string, dev = false): string {
  return [
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React style attributes (charts, progress bars) and Next's inline styles: a nonce here would turn
    // 'unsafe-inline' off and block the style attributes, which no nonce can cover.
    "style-src 'self' 'unsafe-inline'",
    // No plugins, no <base> hijacking, forms post only here, framed only by ourselves.
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");
}
