// A process of its own that publishes one batch, for the test that kills it with SIGKILL half way
// through. Usage: node --import tsx lib/testing/publish-child.ts <requesterId> <projectId> <csv file>
// (DATABASE_URL names the test's database).
import { readFileSync } from "node:fs";
import { publishBatch } from "@/lib/batches/publish";
import { getDb } from "@/lib/db/client";

const [requesterId, projectId, file] = process.argv.slice(2);
const { batch } = await publishBatch(requesterId, projectId, readFileSync(file));
console.log(`published ${batch.id}`);
await getDb().$disconnect();
