// One page of a batch's submitted work for the results CSV, in two hand-written queries read straight
// from the driver (lib/db/read-rows.ts): the page's HITs, then every submitted, approved or rejected
// assignment of those HITs. Through the ORM the same page took three queries and most of its time
// building objects the CSV never uses; one joined query repeated each HIT's columns on every one of its
// assignments, and turning those repeats into strings cost a third of the read.
import { Prisma } from "@/lib/db/client";
import { readRows } from "@/lib/db/read-rows";
import type { DateValue } from "./mturk-time";

type IntValue = number | bigint | null;

export interface ResultHit {
  hitId: string;
  hitTypeId: string;
  rewardCents: IntValue;
  hitCreatedAt: DateValue;
  maxAssignments: IntValue;
  requesterAnnotation: string | null;
  expiresAt: DateValue;
  lifetimeSeconds: IntValue;
  layoutParameters: string | null;
}

export interface ResultAssignment {
  hitId: string;
  assignmentId: string;
  workerId: string;
  status: string;
  acceptedAt: DateValue;
  submittedAt: DateValue;
  autoApprovalAt: DateValue;
  approvedAt: DateValue;
  rejectedAt: DateValue;
  requesterFeedback: string | null;
  workSeconds: IntValue;
  answer: string | null;
}

/** The HITs of batch rows (fromRow, toRow] in row order, each with its submitted work in submit order. */
export async function resultPage(batchId: string, fromRow: number, toRow: number): Promise<{ hit: ResultHit; assignments: ResultAssignment[] }[]> {
  const hits = await readRows<ResultHit>(Prisma.sql`
    SELECT h."id" AS "hitId", h."hitTypeId", h."rewardCents", h."createdAt" AS "hitCreatedAt", h."maxAssignments",
           h."requesterAnnotation", h."expiresAt", h."lifetimeSeconds", h."layoutParameters"
    FROM "HIT" h
    WHERE h."batchId" = ${batchId} AND h."batchRow" > ${fromRow} AND h."batchRow" <= ${toRow}
    ORDER BY h."batchRow" ASC`);
  const assignments = await readRows<ResultAssignment>(Prisma.sql`
    SELECT a."hitId", a."id" AS "assignmentId", a."workerId", a."status", a."acceptedAt", a."submittedAt", a."autoApprovalAt",
           a."approvedAt", a."rejectedAt", a."requesterFeedback", a."workSeconds", a."answer"
    FROM "HIT" h JOIN "Assignment" a ON a."hitId" = h."id"
    WHERE h."batchId" = ${batchId} AND h."batchRow" > ${fromRow} AND h."batchRow" <= ${toRow}
      AND a."status" IN ('Submitted', 'Approved', 'Rejected')
    ORDER BY h."batchRow" ASC, a."submittedAt" ASC, a."id" ASC`);
  // Both lists are in batch-row order, so one walk pairs them.
  const page: { hit: ResultHit; assignments: ResultAssignment[] }[] = [];
  let next = 0;
  for (const hit of hits) {
    const own: ResultAssignment[] = [];
    while (next < assignments.length && assignments[next].hitId === hit.hitId) own.push(assignments[next++]);
    if (own.length > 0) page.push({ hit, assignments: own });
  }
  return page;
}
