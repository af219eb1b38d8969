// Workers: bonuses and blocks.
import { CreateWorkerBlockCommand, DeleteWorkerBlockCommand, SendBonusCommand } from "@aws-sdk/client-mturk";
import { UsageError } from "./args";
import { forEach } from "./batch";
import { bonusRequestToken } from "./request-token";
import { cell, readTable } from "./tab-file";
import type { Verb } from "./verb";

type Bonus = { workerId: string; assignmentId: string; amount: string; reason: string };

export const grantBonus: Verb = {
  name: "grantBonus",
  summary: "Pay workers a bonus for an assignment of theirs",
  options: [
    { name: "workerid", value: "id", help: "the worker" },
    { name: "assignment", value: "id", help: "an assignment of that worker's on your HIT" },
    { name: "amount", value: "dollars", help: "for example 0.50" },
    { name: "reason", value: "text", help: "shown to the worker" },
    { name: "bonusfile", value: "file", help: "instead: a file with workerid, assignmentid, amount and reason columns" },
  ],
  details: "A repeat of the same bonus (worker, assignment, amount, reason) within 24 hours is not paid again.",
  async run(ctx) {
    const { args } = ctx;
    const bonuses: Bonus[] = args.has("bonusfile")
      ? readTable(ctx.path(args.need("bonusfile"))).rows.map((r) => ({
          workerId: cell(r, "workerid") ?? "",
          assignmentId: cell(r, "assignmentid") ?? cell(r, "assignment") ?? "",
          amount: cell(r, "amount") ?? "",
          reason: cell(r, "reason") ?? "",
        }))
      : [{ workerId: args.need("workerid"), assignmentId: args.need("assignment"), amount: args.need("amount"), reason: args.need("reason") }];
    for (const b of bonuses) {
      b.amount = b.amount.replace(/^\$/, "");
      if (!/^\d+(\.\d{0,2})?$/.test(b.amount)) throw new UsageError(`Bonus amount must be dollars like 0.50, not "${b.amount}"`);
    }
    return forEach(ctx, bonuses, { done: "bonuses granted", label: (b) => `Bonus to ${b.workerId}` }, async (b) => {
      const sent = ctx.client().send(
        new SendBonusCommand({
          WorkerId: b.workerId,
          AssignmentId: b.assignmentId,
          BonusAmount: b.amount,
          Reason: b.reason,
          UniqueRequestToken: bonusRequestToken(b.workerId, b.assignmentId, b.amount, b.reason),
        }),
      );
      return sent.then(
        () => undefined,
        (e) => {
          if ((e as { TurkErrorCode?: string }).TurkErrorCode === "AWS.MechanicalTurk.DuplicateRequest") return "already" as const;
          throw e;
        },
      );
    });
  },
};

const workerOptions = (action: string) => [
  { name: "workerid", value: "ids", help: "worker ids, comma-separated", required: true },
  { name: "reason", value: "text", help: `why you ${action} them` },
];

export const blockWorker: Verb = {
  name: "blockWorker",
  summary: "Block workers from your HITs",
  options: workerOptions("block"),
  async run(ctx) {
    const Reason = ctx.args.get("reason") ?? "Blocked by the requester";
    return forEach(ctx, ctx.args.list("workerid"), { done: "workers blocked", label: (w) => `Worker ${w}` }, async (WorkerId) => {
      await ctx.client().send(new CreateWorkerBlockCommand({ WorkerId, Reason }));
    });
  },
};

export const unblockWorker: Verb = {
  name: "unblockWorker",
  summary: "Let blocked workers work on your HITs again",
  options: workerOptions("unblock"),
  async run(ctx) {
    const Reason = ctx.args.get("reason");
    return forEach(ctx, ctx.args.list("workerid"), { done: "workers unblocked", label: (w) => `Worker ${w}` }, async (WorkerId) => {
      await ctx.client().send(new DeleteWorkerBlockCommand({ WorkerId, Reason }));
    });
  },
};
