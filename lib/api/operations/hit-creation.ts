// CreateHIT, CreateHITType, CreateHITWithHITType, GetHIT: the same domain functions the requester's pages
// call (lib/hits/mutations.ts, lib/hits/hit-types.ts).
import { createHit, createHitOfType } from "@/lib/hits/mutations";
import { getOrCreateHitType } from "@/lib/hits/hit-types";
import { hitTypePropertiesSchema } from "@/lib/hits/schema";
import { DomainError } from "@/lib/errors";
import { hitFields, hitTypeProperties } from "./hit-input";
import { ownHitShape } from "./hit-loading";
import type { Operation } from "./types";

export const CreateHIT: Operation = async (ctx, input) => {
  const { hit } = await createHit(ctx.requesterId, { ...hitTypeProperties(input), ...(await hitFields(ctx.requesterId, input)) });
  return { HIT: await ownHitShape(ctx.requesterId, hit.id) };
};

export const CreateHITType: Operation = async (ctx, input) => {
  const parsed = hitTypePropertiesSchema.safeParse(hitTypeProperties(input));
  if (!parsed.success) throw new DomainError("InvalidInput", parsed.error.issues[0]?.message ?? "Invalid HIT type");
  const type = await getOrCreateHitType(ctx.requesterId, parsed.data);
  return { HITTypeId: type.id };
};

export const CreateHITWithHITType: Operation = async (ctx, input) => {
  const { hit } = await createHitOfType(ctx.requesterId, input.HITTypeId, await hitFields(ctx.requesterId, input));
  return { HIT: await ownHitShape(ctx.requesterId, hit.id) };
};

export const GetHIT: Operation = async (ctx, input) => ({ HIT: await ownHitShape(ctx.requesterId, input.HITId) });
