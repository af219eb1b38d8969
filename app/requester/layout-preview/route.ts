// The layout preview's frame (lib/questions/layout-preview-shell.ts), with the task frame's headers: its
// sandboxing CSP is the only policy the preview runs under (proxy.ts and next.config.ts leave this path
// alone). It answers everyone, signed in or not, with no session lookup: the shell holds no data, shows
// only what its parent frame posts it, runs in an opaque origin, and only our own pages may frame it
// (frame-ancestors 'self'). The editor makes a new frame for every change of the layout, so the browser
// may keep the shell for a while.
import { frameResponseHeaders } from "@/lib/questions/frame-document";
import { layoutPreviewShell } from "@/lib/questions/layout-preview-shell";
import { requestOrigin } from "@/lib/request-origin";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const headers = { ...frameResponseHeaders(requestOrigin(request.headers)), "Cache-Control": "private, max-age=3600" };
  return new Response(layoutPreviewShell(), { headers });
}
