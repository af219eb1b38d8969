// CreateQualificationType, GetQualificationType, ListQualificationTypes, UpdateQualificationType,
// DeleteQualificationType: the same domain functions as the requester's qualification pages
// (lib/qualifications/types.ts). Another requester's type is visible only while it is public, and
// changing it behaves as if it did not exist.
import {
  createQualificationType,
  disposeQualificationType,
  searchQualificationTypes,
  updateQualificationType,
  visibleQualificationType,
} from "@/lib/qualifications/types";
import { ensureSystemQualificationTypes } from "@/lib/qualifications/system";
import { pageOf } from "../pagination";
import { inApiTerms, listing, qualificationTypeShape } from "../shapes/qualification";
import type { ApiInput, Operation } from "./types";

/** JSON null is a member left out, except where the domain gives null a meaning of its own. */
const given = <T>(v: T | null | undefined): T | undefined => v ?? undefined;

export const CreateQualificationType: Operation = async (ctx, input) => {
  const type = await inApiTerms(() =>
    createQualificationType(ctx.requesterId, {
      name: input.Name,
      description: input.Description,
      keywords: given(input.Keywords),
      status: input.QualificationTypeStatus,
      retryDelaySeconds: given(input.RetryDelayInSeconds),
      test: given(input.Test),
      testDurationSeconds: given(input.TestDurationInSeconds),
      answerKey: given(input.AnswerKey),
      autoGranted: given(input.AutoGranted),
      autoGrantedValue: given(input.AutoGrantedValue),
    }),
  );
  return { QualificationType: qualificationTypeShape(type) };
};

export const GetQualificationType: Operation = async (ctx, input) => {
  await ensureSystemQualificationTypes();
  return { QualificationType: qualificationTypeShape(await visibleQualificationType(ctx.requesterId, input.QualificationTypeId)) };
};

export const ListQualificationTypes: Operation = async (ctx, input) => {
  await ensureSystemQualificationTypes();
  const query = given<string>(input.Query) ?? "";
  const owned = input.MustBeOwnedByCaller === true;
  const scope = `ListQualificationTypes:${ctx.requesterId}:${input.MustBeRequestable}:${owned}:${query}`;
  const { skip, take } = pageOf(input, scope);
  const found = await searchQualificationTypes({
    query,
    mustBeRequestable: input.MustBeRequestable,
    ...(owned ? { ownerId: ctx.requesterId } : { viewerId: ctx.requesterId }),
    skip,
    take,
  });
  const { NumResults, NextToken, results } = listing(found, skip, take, scope, qualificationTypeShape);
  return { NumResults, NextToken, QualificationTypes: results };
};

function updateFields(input: ApiInput) {
  return {
    description: given(input.Description),
    status: given(input.QualificationTypeStatus),
    // null is asking to switch retries off, which the domain refuses with MTurk's explanation.
    retryDelaySeconds: input.RetryDelayInSeconds,
    test: given(input.Test),
    testDurationSeconds: given(input.TestDurationInSeconds),
    answerKey: given(input.AnswerKey),
    autoGranted: given(input.AutoGranted),
    autoGrantedValue: given(input.AutoGrantedValue),
  };
}

export const UpdateQualificationType: Operation = async (ctx, input) => {
  const type = await inApiTerms(() => updateQualificationType(ctx.requesterId, input.QualificationTypeId, updateFields(input)));
  return { QualificationType: qualificationTypeShape(type) };
};

export const DeleteQualificationType: Operation = async (ctx, input) => {
  await disposeQualificationType(ctx.requesterId, input.QualificationTypeId);
  return {};
};
