// The review-policy shapes of the model (ReviewPolicy, ReviewReport) from our rows.
import type { ReviewPolicy } from "@/lib/review-policies/schema";
import { compact, optionalEpoch } from "./common";

export function reviewPolicyShape(p: ReviewPolicy) {
  return compact({
    PolicyName: p.policyName,
    Parameters:
      p.parameters.length > 0
        ? p.parameters.map((param) =>
            compact({
              Key: param.key,
              Values: param.values.length > 0 ? param.values : undefined,
              MapEntries: param.mapEntries.length > 0 ? param.mapEntries.map((e) => ({ Key: e.key, Values: e.values })) : undefined,
            }),
          )
        : undefined,
  });
}

type ResultRow = { id: string; subjectId: string; subjectType: string; questionId: string | null; key: string; value: string };
type ActionRow = { id: string; actionName: string; targetId: string; targetType: string; status: string; completedAt: Date | null; result: string | null; errorCode: string | null };

export function reviewReportShape(results: readonly ResultRow[], actions: readonly ActionRow[]) {
  return {
    ReviewResults: results.map((r) =>
      compact({ ActionId: r.id, SubjectId: r.subjectId, SubjectType: r.subjectType, QuestionId: r.questionId ?? undefined, Key: r.key, Value: r.value }),
    ),
    ReviewActions: actions.map((a) =>
      compact({
        ActionId: a.id,
        ActionName: a.actionName,
        TargetId: a.targetId,
        TargetType: a.targetType,
        Status: a.status,
        CompleteTime: optionalEpoch(a.completedAt),
        Result: a.result ?? undefined,
        ErrorCode: a.errorCode ?? undefined,
      }),
    ),
  };
}
