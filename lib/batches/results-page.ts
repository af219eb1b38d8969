// One page of a batch's submitted work for the results CSV: every submitted, approved or rejected
// assignment of a range of batch rows, with its HIT's columns, in one hand-written query. Through the
// ORM the same page took three queries and most of its time building objects the CSV never uses; this
// reads it with one index walk (HIT by batch and row, Assignment by HIT and status), straight from the
// driver (lib/db/read-rows.ts).
import { Prisma } from "@/lib/db/client";
import { readRows } from "@/lib/db/read-rows";

type DateValue = Date | string | number | null;
type IntValue = number | bigint | null;

export interface ResultRow {
  hitId: string;
  hitTypeId: string;
  rewardCents: IntValue;
  hitCreatedAt: DateValue;
  maxAssignments: IntValue;
  requesterAnnotation: string | null;
  expiresAt: DateValue;
  lifetimeSeconds: IntValue;
  layoutParameters: string | null;
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

/** Rows of batch rows (fromRow, toRow], in row order and each HIT's in submit order. */
export function resultRows(batchId: string, fromRow: number, toRow: number): Promise<ResultRow[]> {
  return readRows<ResultRow>(Prisma.sql`
    SELECT h."id" AS "hitId", h."hitTypeId", h."rewardCents", h."createdAt" AS "hitCreatedAt", h."maxAssignments",
           h."requesterAnnotation", h."expiresAt", h."lifetimeSeconds", h."layoutParameters",
           a."id" AS "assignmentId", a."workerId", a."status", a."acceptedAt", a."submittedAt", a."autoApprovalAt",
           a."approvedAt", a."rejectedAt", a."requesterFeedback", a."workSeconds", a."answer"
    FROM "HIT" h JOIN "Assignment" a ON a."hitId" = h."id"
    WHERE h."batchId" = ${batchId} AND h."batchRow" > ${fromRow} AND h."batchRow" <= ${toRow}
      AND a."status" IN ('Submitted', 'Approved', 'Rejected')
    ORDER BY h."batchRow" ASC, a."submittedAt" ASC, a."id" ASC`);
}

/** A date as the drivers hand it back (a Date on PostgreSQL; text or a number from SQLite). */
export function dateOf(v: DateValue): Date | null {
  return v === null ? null : v instanceof Date ? v : new Date(v);
}
