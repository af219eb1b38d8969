// The requester's workers file (MTurk's shape: record, block status, CURRENT- and empty UPDATE- columns).
// Only for a signed-in requester, and only their own workers and qualification types.
import { currentUser } from "@/lib/auth/session";
import { workersCsvRows } from "@/lib/workers/workers-csv";
import { csvResponse, downloadNotFound } from "../../csv-response";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await currentUser();
  if (!user?.isRequester) return downloadNotFound();
  return csvResponse(await workersCsvRows(user.id), "Workers.csv");
}
