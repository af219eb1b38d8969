// Changing HITs already loaded: extendHITs, deleteHITs, updateHITs.
import {
  CreateAdditionalAssignmentsForHITCommand,
  CreateHITTypeCommand,
  DeleteHITCommand,
  GetHITCommand,
  UpdateExpirationForHITCommand,
  UpdateHITTypeOfHITCommand,
} from "@aws-sdk/client-mturk";
import { UsageError } from "./args";
import { approve } from "./assignments";
import { forEach } from "./batch";
import { HIT_SELECTION, selectedHitIds } from "./hit-ids";
import { hitProperties } from "./hit-properties";
import { submittedAssignmentIds } from "./listing";
import { readProperties } from "./properties";
import type { Verb } from "./verb";

const byHit = (id: string) => `HIT ${id}`;

function count(text: string | undefined, option: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) === 0) throw new UsageError(`-${option} must be a positive whole number, not "${text}"`);
  return Number(text);
}

export const extendHITs: Verb = {
  name: "extendHITs",
  summary: "Add assignments to HITs and/or push their expiration later",
  options: [
    ...HIT_SELECTION,
    { name: "assignments", value: "n", help: "how many assignments to add to each HIT" },
    { name: "hours", value: "n", help: "how many hours to add to each HIT's lifetime" },
    { name: "seconds", value: "n", help: "or seconds to add" },
  ],
  async run(ctx) {
    const more = count(ctx.args.get("assignments"), "assignments");
    const hours = count(ctx.args.get("hours"), "hours");
    const seconds = (hours ?? 0) * 3600 + (count(ctx.args.get("seconds"), "seconds") ?? 0);
    if (!more && !seconds) throw new UsageError("Give -assignments and/or -hours (or -seconds)");
    const client = ctx.client();
    return forEach(ctx, selectedHitIds(ctx.args, ctx.path), { done: "HITs extended", label: byHit }, async (HITId) => {
      if (more) await client.send(new CreateAdditionalAssignmentsForHITCommand({ HITId, NumberOfAdditionalAssignments: more }));
      if (seconds) {
        const { HIT } = await client.send(new GetHITCommand({ HITId }));
        // From the later of now and the current expiration: extending an expired HIT revives it for that long.
        const from = Math.max(Date.now(), HIT!.Expiration?.getTime() ?? 0);
        await client.send(new UpdateExpirationForHITCommand({ HITId, ExpireAt: new Date(from + seconds * 1000) }));
      }
    });
  },
};

export const deleteHITs: Verb = {
  name: "deleteHITs",
  summary: "Delete HITs (only expired or fully reviewed ones can be deleted)",
  options: [
    ...HIT_SELECTION,
    { name: "expire", help: "expire each HIT first, so one still open can be deleted" },
    { name: "approve", help: "approve the submitted assignments first, so none is left unreviewed" },
    { name: "force", help: "accepted for the legacy scripts; deleting never asks" },
  ],
  async run(ctx) {
    const client = ctx.client();
    return forEach(ctx, selectedHitIds(ctx.args, ctx.path), { done: "HITs deleted", label: byHit }, async (HITId) => {
      if (ctx.args.has("expire")) await client.send(new UpdateExpirationForHITCommand({ HITId, ExpireAt: new Date(0) }));
      if (ctx.args.has("approve")) {
        for (const assignmentId of await submittedAssignmentIds(client, HITId)) await approve(ctx, { assignmentId });
      }
      await client.send(new DeleteHITCommand({ HITId }));
    });
  },
};

export const updateHITs: Verb = {
  name: "updateHITs",
  summary: "Give HITs new properties (title, description, reward, ...): they move to a new HIT type",
  options: [...HIT_SELECTION, { name: "properties", value: "file", help: "the HIT properties, as for loadHITs", required: true }],
  details: "Only the HIT type's properties change; assignments and lifetime stay as they are.",
  async run(ctx) {
    const { MaxAssignments: _a, LifetimeInSeconds: _l, RequesterAnnotation: _n, ...type } = hitProperties(readProperties(ctx.path(ctx.args.need("properties"))));
    const hitIds = selectedHitIds(ctx.args, ctx.path);
    const { HITTypeId } = await ctx.client().send(new CreateHITTypeCommand(type));
    ctx.err(`HIT type ${HITTypeId}`);
    return forEach(ctx, hitIds, { done: "HITs updated", label: byHit }, async (HITId) => {
      await ctx.client().send(new UpdateHITTypeOfHITCommand({ HITId, HITTypeId }));
    });
  },
};
