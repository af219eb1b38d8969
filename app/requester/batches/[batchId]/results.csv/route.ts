// The batch's results as MTurk's batch-results CSV, streamed. Owner only: anyone else gets the same 404
// as for a batch that does not exist.
import { currentUser } from "@/lib/auth/session";
import { batchResultRows } from "@/lib/batches/results-csv";
import { isDomainError } from "@/lib/errors";
import { idPattern } from "@/lib/ids";
import { csvResponse, downloadNotFound } from "../../../csv-response";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await params;
  const user = await currentUser();
  if (!user?.isRequester || !idPattern.test(batchId)) return downloadNotFound();
  let result: Awaited<ReturnType<typeof batchResultRows>>;
  try {
    result = await batchResultRows(user.id, batchId);
  } catch (e) {
    if (isDomainError(e) && e.code === "NotFound") return downloadNotFound();
    throw e;
  }
  return csvResponse(result.rows, `Batch_${batchId}_results.csv`);
}
