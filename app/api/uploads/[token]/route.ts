// A file a worker uploaded, through the temporary URL GetFileUploadURL gave its requester. The signed
// token is the only credential (API scripts have no session); an expired or altered one is refused, and the
// file must still belong to the requester it was signed for.
import { uploadForRequester } from "@/lib/assignments/uploads";
import { readFileLink } from "@/lib/api/file-links";
import { isDomainError } from "@/lib/errors";
import { attachmentHeaders } from "@/app/requester/files/[fileId]/attachment";

export const dynamic = "force-dynamic";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" } });

export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const link = readFileLink((await params).token);
  if (!link) return text(403, "This link has expired or is not valid. Call GetFileUploadURL again for a new one.");
  try {
    const file = await uploadForRequester(link.requesterId, link.fileId);
    return new Response(new Uint8Array(file.body), { headers: attachmentHeaders(file.name, file.body.byteLength) });
  } catch (e) {
    if ((isDomainError(e) && e.code === "NotFound") || (e as NodeJS.ErrnoException)?.code === "ENOENT") return text(404, "Not found");
    throw e;
  }
}
