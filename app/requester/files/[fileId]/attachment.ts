// The headers that make a worker's uploaded file download instead of rendering: whatever the worker sent,
// the browser saves it and never runs it on our origin.

/** `attachment; filename="..."` with an ASCII fallback and the exact name in RFC 5987's filename*. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_").trim() || "download";
  const exact = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}

export function attachmentHeaders(name: string, size: number): Record<string, string> {
  return {
    "Content-Type": "application/octet-stream",
    "Content-Disposition": contentDisposition(name),
    "Content-Length": String(size),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
}
