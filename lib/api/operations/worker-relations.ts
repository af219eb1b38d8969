// CreateWorkerBlock, DeleteWorkerBlock, ListWorkerBlocks and NotifyWorkers: what the workers page does
// (lib/workers), for the requester's own blocks and the workers who worked for them.
import { isDomainError } from "@/lib/errors";
import { blockWorker, blocksOf, unblockWorker } from "@/lib/workers/blocks";
import { messageWorkers } from "@/lib/workers/messages";
import { page, pageOf } from "../pagination";
import { notifyFailureShape, workerBlockShape } from "../shapes/assignment";
import type { Operation } from "./types";

export const CreateWorkerBlock: Operation = async (ctx, input) => {
  await blockWorker(ctx.requesterId, input.WorkerId, input.Reason);
  return {};
};

export const DeleteWorkerBlock: Operation = async (ctx, input) => {
  try {
    await unblockWorker(ctx.requesterId, input.WorkerId);
  } catch (e) {
    // MTurk: "If the specified Worker is not blocked, this operation returns successfully."
    if (!(isDomainError(e) && e.code === "NotFound")) throw e;
  }
  return {};
};

export const ListWorkerBlocks: Operation = async (ctx, input) => {
  const scope = "worker-blocks";
  const { skip, take } = pageOf(input, scope);
  const rows = await blocksOf(ctx.requesterId, { skip, take: take + 1 });
  const { results, NextToken } = page(rows, skip, take, scope);
  return { ...(NextToken ? { NextToken } : {}), NumResults: results.length, WorkerBlocks: results.map(workerBlockShape) };
};

export const NotifyWorkers: Operation = async (ctx, input) => {
  const { failures } = await messageWorkers(ctx.requesterId, input.WorkerIds, input.Subject, input.MessageText);
  return { NotifyWorkersFailureStatuses: failures.map(notifyFailureShape) };
};
