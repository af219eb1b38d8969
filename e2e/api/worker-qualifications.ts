// Run by the API tests (with the test server's database): a worker asks for a qualification through the
// same domain functions the worker's pages call, and, for a type with a test, submits answers. Prints JSON.
//   request <workerId> <qualificationTypeId> [answers as JSON]
import { getDb } from "@/lib/db/client";
import { requestQualification, submitTest } from "@/lib/qualifications/requests";

const [kind, workerId, typeId, answers] = process.argv.slice(2);
const db = getDb();
if (kind !== "request") throw new Error(`unknown command ${kind}`);
const { request } = await requestQualification(workerId, typeId);
const final = answers ? (await submitTest(workerId, request.id, JSON.parse(answers))).request : request;
console.log(JSON.stringify({ id: final.id, status: final.status }));
await db.$disconnect();
