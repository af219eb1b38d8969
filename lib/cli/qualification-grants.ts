// Giving workers a qualification, changing their score, taking it away: one worker by options, or
// many from a file with workerid (and score) columns.
import { AssociateQualificationWithWorkerCommand, DisassociateQualificationFromWorkerCommand } from "@aws-sdk/client-mturk";
import { UsageError, type OptionSpec } from "./args";
import { forEach } from "./batch";
import { cell, readTable } from "./tab-file";
import type { Verb, VerbContext } from "./verb";

type Grant = { workerId: string; score?: string };

const options = (extra: OptionSpec[]): OptionSpec[] => [
  { name: "qualtypeid", value: "id", help: "the qualification type", required: true },
  { name: "workerid", value: "ids", help: "worker ids, comma-separated" },
  { name: "input", value: "file", help: "instead: a file with a workerid column (and score, for a score per worker)" },
  ...extra,
];

function grants(ctx: VerbContext): Grant[] {
  const score = ctx.args.get("score");
  if (ctx.args.has("input")) return readTable(ctx.path(ctx.args.need("input"))).rows.map((r) => ({ workerId: cell(r, "workerid") ?? "", score: cell(r, "score") || score }));
  if (!ctx.args.has("workerid")) throw new UsageError("Give -workerid <ids> or -input <file>");
  return ctx.args.list("workerid").map((workerId) => ({ workerId, score }));
}

function integer(score: string | undefined, fallback?: number): number {
  if (score === undefined || score === "") {
    if (fallback === undefined) throw new UsageError("A score is needed (-score, or a score column)");
    return fallback;
  }
  if (!/^-?\d+$/.test(score)) throw new UsageError(`A score must be a whole number, not "${score}"`);
  return Number(score);
}

const byWorker = (g: Grant) => `Worker ${g.workerId}`;

function associate(ctx: VerbContext, g: Grant, value: number, notify: boolean) {
  return ctx.client().send(
    new AssociateQualificationWithWorkerCommand({ QualificationTypeId: ctx.args.need("qualtypeid"), WorkerId: g.workerId, IntegerValue: value, SendNotification: notify }),
  );
}

export const assignQualification: Verb = {
  name: "assignQualification",
  summary: "Give workers a qualification",
  options: options([
    { name: "score", value: "n", help: "the value to give (default 1)" },
    { name: "donotnotify", help: "do not tell the workers" },
  ]),
  async run(ctx) {
    // Every score is checked before the first call, so a typo in row 900 changes nothing.
    const list = grants(ctx).map((g) => ({ ...g, value: integer(g.score, 1) }));
    return forEach(ctx, list, { done: "qualifications assigned", label: byWorker }, async (g) => {
      await associate(ctx, g, g.value, !ctx.args.has("donotnotify"));
    });
  },
};

export const updateQualificationScore: Verb = {
  name: "updateQualificationScore",
  summary: "Change the score of workers who have a qualification",
  options: options([{ name: "score", value: "n", help: "the new value (or a score column in -input)" }]),
  async run(ctx) {
    // Every score is checked before the first call, so a typo in row 900 changes nothing.
    const list = grants(ctx).map((g) => ({ ...g, value: integer(g.score) }));
    return forEach(ctx, list, { done: "scores updated", label: byWorker }, async (g) => {
      await associate(ctx, g, g.value, false);
    });
  },
};

export const revokeQualification: Verb = {
  name: "revokeQualification",
  summary: "Take a qualification away from workers",
  options: options([{ name: "reason", value: "text", help: "shown to the workers" }]),
  async run(ctx) {
    return forEach(ctx, grants(ctx), { done: "qualifications revoked", label: byWorker }, async (g) => {
      await ctx.client().send(
        new DisassociateQualificationFromWorkerCommand({ QualificationTypeId: ctx.args.need("qualtypeid"), WorkerId: g.workerId, Reason: ctx.args.get("reason") }),
      );
    });
  },
};
