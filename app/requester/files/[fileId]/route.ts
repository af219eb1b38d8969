// Downloads a file a worker uploaded with their answer, for the requester who owns the assignment only;
// anyone else (another requester, a worker, a visitor) gets the same 404 as for a file that does not exist.
import { currentUser } from "@/lib/auth/session";
import { uploadForRequester } from "@/lib/assignments/uploads";
import { isDomainError } from "@/lib/errors";
import { idPattern } from "@/lib/ids";
import { attachmentHeaders } from "./attachment";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

export async function GET(_req: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  const user = await currentUser();
  if (!user?.isRequester || !idPattern.test(fileId)) return notFound();
  try {
    const file = await uploadForRequester(user.id, fileId);
    return new Response(new Uint8Array(file.body), { headers: attachmentHeaders(file.name, file.body.byteLength) });
  } catch (e) {
    if (isDomainError(e) && e.code === "NotFound") return notFound();
    // The row exists but the file is gone from disk (removed by hand, or a lost volume).
    if ((e as NodeJS.ErrnoException)?.code === "ENOENT") return notFound();
    throw e;
  }
}
