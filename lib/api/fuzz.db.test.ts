// Abuse test of the API face: thousands of generated malformed requests (lib/testing/api-fuzz.ts), each
// with at least one defect. Every one must be answered 400 with a RequestError in JSON (never a 5xx,
// never HTML), and afterwards no row of the database may have changed. The seed is printed, so a failure
// can be replayed with FUZZ_SEED=<seed>.
import { describe, expect, it, vi } from "vitest";

// The abuse test sends far faster than the per-key rate limit allows; throttling is tested on its own.
vi.hoisted(() => {
  process.env.PIECEWORK_API_RATE = "1000000";
  process.env.PIECEWORK_API_BURST = "1000000";
});

import { db } from "@/lib/db/client";
import { handleApiRequest } from "./handler";
import { createApiKey } from "./keys";
import { checkLedger } from "@/lib/money/invariants";
import { acceptHit, submitAssignment } from "@/lib/assignments/mutations";
import { createQualificationType } from "@/lib/qualifications/types";
import { ensureSystemQualificationTypes } from "@/lib/qualifications/system";
import { makeHit, makeRequester, makeWorker, simpleAnswerXml } from "@/lib/testing/factories";
import { malformedRequests, type FuzzIds } from "@/lib/testing/api-fuzz";
import { signedApiRequest } from "@/lib/testing/signed-request";

const COUNT = Number(process.env.FUZZ_REQUESTS ?? (process.env.TEST_DB_PROVIDER === "postgresql" ? 2000 : 5000));

/** Everything a request could change, as one comparable value (API keys' last-use times left out). */
async function snapshot() {
  const [hits, assignments, entries, quals, types, hitTypes, blocks, bonuses, messages, users, tokens, requests] = await Promise.all([
    db.hIT.findMany({ orderBy: { id: "asc" } }),
    db.assignment.findMany({ orderBy: { id: "asc" } }),
    db.ledgerEntry.count(),
    db.qualification.findMany({ orderBy: { id: "asc" } }),
    db.qualificationType.findMany({ orderBy: { id: "asc" } }),
    db.hITType.findMany({ orderBy: { id: "asc" } }),
    db.workerBlock.count(),
    db.bonusPayment.count(),
    db.message.count(),
    db.user.count(),
    db.idempotencyToken.count(),
    db.qualificationRequest.count(),
  ]);
  return { hits, assignments, entries, quals, types, hitTypes, blocks, bonuses, messages, users, tokens, requests };
}

describe("API abuse", () => {
  it(`answers ${COUNT} malformed requests with a RequestError each and changes nothing`, { timeout: 600_000 }, async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
    console.log(`API fuzz: seed ${seed}, ${COUNT} requests`);

    // The caller's own objects (a submitted assignment, a qualification type) and another requester's.
    const worker = await makeWorker();
    const objects = async (requesterId: string) => {
      const hit = await makeHit(requesterId, { maxAssignments: 2 });
      const a = await acceptHit(worker.id, hit.id);
      await submitAssignment(worker.id, a.id, simpleAnswerXml);
      const type = await createQualificationType(requesterId, { name: `Fuzz ${requesterId}`, description: "fuzz", keywords: "", status: "Active" });
      return { hitId: hit.id, hitTypeId: hit.hitTypeId, assignmentId: a.id, qualificationTypeId: type.id };
    };
    const me = await makeRequester(50_000);
    const other = await makeRequester(50_000);
    const ids: FuzzIds = { ...(await objects(me.id)), workerId: worker.id, foreign: await objects(other.id) };
    const key = await createApiKey(me.id, "fuzz");
    // Reads create the system qualification types on first use; that is not the change looked for.
    await ensureSystemQualificationTypes();

    const before = await snapshot();
    const wrong: string[] = [];
    const defects = new Map<string, number>();
    for (const { defect, operation, request } of malformedRequests(COUNT, seed, ids)) {
      const req = await signedApiRequest("http://piecework.test", key, request);
      const res = await handleApiRequest(req, "/");
      const text = await res.text();
      let type = "";
      try {
        type = JSON.parse(text).__type;
      } catch {
        type = `not JSON: ${text.slice(0, 80)}`;
      }
      const kind = defect.replace(/^.*?(of the wrong type|of 140,000 characters|outside its enum|out of range|XML)$/, "$1");
      defects.set(kind, (defects.get(kind) ?? 0) + 1);
      if (res.status !== 400 || type !== "RequestError" || !res.headers.get("content-type")?.startsWith("application/x-amz-json-1.1")) {
        wrong.push(`${operation} with ${defect}: ${res.status} ${type} ${text.slice(0, 160)}`);
      }
    }

    expect(wrong.slice(0, 20)).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect(await checkLedger()).toEqual([]);
    // The generator really mixes its defects: every kind was sent many times.
    expect([...defects.values()].reduce((a, b) => a + b, 0)).toBe(COUNT);
    expect(defects.size).toBeGreaterThanOrEqual(10);
  });
});
