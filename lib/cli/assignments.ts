// Paying for work: approveWork, rejectWork and reviewResults (the results file marked up by hand).
import { ApproveAssignmentCommand, RejectAssignmentCommand } from "@aws-sdk/client-mturk";
import { UsageError } from "./args";
import { forEach } from "./batch";
import { HIT_SELECTION, selectedHitIds } from "./hit-ids";
import { submittedAssignmentIds } from "./listing";
import { cell, readTable } from "./tab-file";
import type { Verb, VerbContext } from "./verb";

type Decision = { assignmentId: string; feedback?: string };

/** -assignment ids, or a file whose `column` holds ids and `column`Comment the feedback (legacy names). */
function fromIdsOrFile(ctx: VerbContext, fileOption: string, column: string): Decision[] | undefined {
  if (ctx.args.has("assignment")) return ctx.args.list("assignment").map((assignmentId) => ({ assignmentId, feedback: ctx.args.get("comment") }));
  const file = ctx.args.get(fileOption);
  if (!file) return undefined;
  return readTable(ctx.path(file))
    .rows.map((r) => ({ assignmentId: cell(r, column) ?? cell(r, "assignmentid") ?? "", feedback: cell(r, `${column}Comment`) || ctx.args.get("comment") }))
    .filter((d) => d.assignmentId);
}

async function submittedOf(ctx: VerbContext): Promise<Decision[]> {
  const decisions: Decision[] = [];
  for (const HITId of selectedHitIds(ctx.args, ctx.path)) {
    const ids = await submittedAssignmentIds(ctx.client(), HITId);
    decisions.push(...ids.map((assignmentId) => ({ assignmentId, feedback: ctx.args.get("comment") })));
  }
  return decisions;
}

export const approve = (ctx: VerbContext, d: Decision) =>
  ctx.client().send(new ApproveAssignmentCommand({ AssignmentId: d.assignmentId, RequesterFeedback: d.feedback || undefined }));

const reject = (ctx: VerbContext, d: Decision) =>
  ctx.client().send(new RejectAssignmentCommand({ AssignmentId: d.assignmentId, RequesterFeedback: d.feedback || "Your work did not meet the requirements of the task." }));

const byAssignment = (d: Decision) => `Assignment ${d.assignmentId}`;

export const approveWork: Verb = {
  name: "approveWork",
  summary: "Approve and pay submitted assignments",
  options: [
    { name: "assignment", value: "ids", help: "assignment ids, comma-separated" },
    { name: "approvefile", value: "file", help: "a file with an assignmentIdToApprove column (and assignmentIdToApproveComment)" },
    ...HIT_SELECTION.map((o) => ({ ...o, help: `${o.help}: every submitted assignment of its HITs` })),
    { name: "comment", value: "text", help: "feedback for the workers" },
    { name: "force", help: "accepted for the legacy scripts; approving never asks" },
  ],
  async run(ctx) {
    if (!["assignment", "approvefile", "successfile", "hitid"].some((o) => ctx.args.has(o))) throw new UsageError("Give -assignment, -approvefile, -successfile or -hitid");
    const decisions = fromIdsOrFile(ctx, "approvefile", "assignmentIdToApprove") ?? (await submittedOf(ctx));
    return forEach(ctx, decisions, { done: "assignments approved", label: byAssignment }, (d) => approve(ctx, d).then(() => undefined));
  },
};

export const rejectWork: Verb = {
  name: "rejectWork",
  summary: "Reject submitted assignments (the reward goes back to your balance)",
  options: [
    { name: "assignment", value: "ids", help: "assignment ids, comma-separated" },
    { name: "rejectfile", value: "file", help: "a file with an assignmentIdToReject column (and assignmentIdToRejectComment)" },
    { name: "comment", value: "text", help: "why, for the workers" },
    { name: "force", help: "accepted for the legacy scripts; rejecting never asks" },
  ],
  async run(ctx) {
    const decisions = fromIdsOrFile(ctx, "rejectfile", "assignmentIdToReject");
    if (!decisions) throw new UsageError("Give -assignment <ids> or -rejectfile <file>");
    return forEach(ctx, decisions, { done: "assignments rejected", label: byAssignment }, (d) => reject(ctx, d).then(() => undefined));
  },
};

export const reviewResults: Verb = {
  name: "reviewResults",
  summary: "Approve and reject as marked in the Approve and Reject columns of a getResults file",
  options: [
    { name: "resultsfile", value: "file", help: "the output of getResults, edited", required: true },
  ],
  details: `A row with anything in Reject is rejected, that text as the feedback ("x" alone: no text);
a row with anything in Approve is approved the same way; other rows are left alone.`,
  async run(ctx) {
    const rows = readTable(ctx.path(ctx.args.need("resultsfile"))).rows.filter((r) => cell(r, "assignmentid"));
    const feedback = (mark: string) => (/^x$/i.test(mark.trim()) ? undefined : mark.trim());
    const marked = rows.flatMap((r) => {
      const [assignmentId, yes, no] = [cell(r, "assignmentid")!, cell(r, "Approve")?.trim() ?? "", cell(r, "Reject")?.trim() ?? ""];
      if (yes && no) throw new UsageError(`Assignment ${assignmentId} is marked both Approve and Reject`);
      if (no) return [{ assignmentId, feedback: feedback(no), action: reject }];
      if (yes) return [{ assignmentId, feedback: feedback(yes), action: approve }];
      return [];
    });
    return forEach(ctx, marked, { done: "assignments reviewed", label: byAssignment }, (d) => d.action(ctx, d).then(() => undefined));
  },
};
