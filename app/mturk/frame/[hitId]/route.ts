// The HTMLQuestion frame: the requester's HTML as its own document, under its own sandboxing CSP
// (lib/questions/frame-document.ts). The parent page puts assignmentId, hitId, workerId and
// turkSubmitTo in this URL's query; the requester's script reads them from window.location.search.
import { currentUser } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { htmlQuestionForViewer } from "@/lib/hits/frame-access";
import { frameResponseHeaders, htmlQuestionDocument } from "@/lib/questions/frame-document";
import { PREVIEW_ASSIGNMENT_ID } from "@/lib/questions/frame-src";
import { layoutDocument } from "@/lib/questions/layout-document";
import { requestOrigin } from "@/lib/request-origin";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ hitId: string }> }) {
  const { hitId } = await params;
  const origin = requestOrigin(request.headers);
  const headers = frameResponseHeaders(origin);
  try {
    const question = await htmlQuestionForViewer(await currentUser(), hitId);
    if (question.kind === "Layout") {
      const assignmentId = new URL(request.url).searchParams.get("assignmentId") || PREVIEW_ASSIGNMENT_ID;
      return new Response(layoutDocument(question.html, { assignmentId, submitTo: origin }), { headers });
    }
    return new Response(htmlQuestionDocument(question.html), { headers });
  } catch (e) {
    // Signed out, blocked, not a worker, or no such HTMLQuestion: all look the same from outside.
    if (isDomainError(e)) return new Response("<!DOCTYPE html><title>Not found</title><p>Not found.</p>", { status: 404, headers });
    throw e;
  }
}
