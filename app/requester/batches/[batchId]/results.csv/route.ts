// The batch's results as MTurk's batch-results CSV, streamed through csv-stringify. Owner only: anyone
// else gets the same 404 as for a batch that does not exist.
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { currentUser } from "@/lib/auth/session";
import { batchResultRows } from "@/lib/batches/results-csv";
import { isDomainError } from "@/lib/errors";
import { idPattern } from "@/lib/ids";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

export async function GET(_req: Request, { params }: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await params;
  const user = await currentUser();
  if (!user?.isRequester || !idPattern.test(batchId)) return notFound();
  let result: Awaited<ReturnType<typeof batchResultRows>>;
  try {
    result = await batchResultRows(user.id, batchId);
  } catch (e) {
    if (isDomainError(e) && e.code === "NotFound") return notFound();
    throw e;
  }
  // A byte-order mark first, so Excel opens non-ASCII inputs and answers as UTF-8.
  const csv = Readable.from(result.rows).pipe(stringify({ bom: true }));
  const body = Readable.toWeb(csv) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="Batch_${batchId}_results.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
