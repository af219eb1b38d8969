// Writing what a policy computed (ReviewResult) and what it did (ReviewAction), in the caller's transaction.
import type { Tx } from "@/lib/db/client";
import { isDomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { POLICIES, type PolicyLevel } from "./schema";

/** MTurk's ReviewActionStatus values that we write (Intermediate is for actions still running; ours finish at once). */
export type ActionStatus = "Succeeded" | "Failed" | "Cancelled";
export type Outcome = { status: ActionStatus; result: string; errorCode?: string };

export interface ResultRow {
  subjectId: string;
  subjectType: "Assignment" | "HIT";
  assignmentId?: string;
  questionId?: string;
  key: string;
  value: string;
}

export interface ActionRow {
  actionName: "approve" | "reject" | "extend";
  targetId: string;
  targetType: "Assignment" | "HIT";
  assignmentId?: string;
}

/**
 * Runs an action, turning a refusal (a DomainError, thrown by our domain functions before they write
 * anything) into a Failed outcome so that the submission that triggered the policy still goes through.
 */
export async function attempt(act: () => Promise<string>): Promise<Outcome> {
  try {
    return { status: "Succeeded", result: await act() };
  } catch (e) {
    if (!isDomainError(e)) throw e;
    return { status: "Failed", result: e.message, errorCode: e.turkErrorCode ?? e.code };
  }
}

export function recorder(tx: Tx, hitId: string, level: PolicyLevel) {
  const base = { hitId, policyLevel: level, policyName: POLICIES[level].name };
  return {
    async results(rows: ResultRow[]) {
      const createdAt = now();
      await tx.reviewResult.createMany({
        data: rows.map((r) => ({ ...base, id: newId(), assignmentId: r.assignmentId ?? null, subjectId: r.subjectId, subjectType: r.subjectType, questionId: r.questionId ?? null, key: r.key, value: r.value, createdAt })),
      });
    },
    async action(row: ActionRow, outcome: Outcome) {
      const t = now();
      await tx.reviewAction.create({
        data: {
          ...base,
          id: newId(),
          assignmentId: row.assignmentId ?? null,
          actionName: row.actionName,
          targetId: row.targetId,
          targetType: row.targetType,
          status: outcome.status,
          result: outcome.result,
          errorCode: outcome.errorCode ?? null,
          createdAt: t,
          completedAt: outcome.status === "Cancelled" ? null : t,
        },
      });
      return outcome;
    },
  };
}
