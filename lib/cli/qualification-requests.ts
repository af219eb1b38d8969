// Workers' requests for a qualification: list them to a file (with their test answers), then approve
// or reject from that file or by id.
import { AcceptQualificationRequestCommand, ListQualificationRequestsCommand, RejectQualificationRequestCommand } from "@aws-sdk/client-mturk";
import { UsageError } from "./args";
import { answerColumns } from "./answers";
import { forEach } from "./batch";
import { allPages } from "./listing";
import { cell, formatTable, readTable, writeTable, type Row } from "./tab-file";
import type { Verb, VerbContext } from "./verb";

type Decision = { requestId: string; score?: string };

export const getQualificationRequests: Verb = {
  name: "getQualificationRequests",
  summary: "List the pending requests for a qualification type, with test answers",
  options: [
    { name: "qualtypeid", value: "id", help: "the qualification type", required: true },
    { name: "outputfile", value: "file", help: "where to write them (default: stdout)" },
  ],
  details: "Columns: qualificationrequestid, qualificationtypeid, workerid, submittime, Answer.<question> ...,\nand an empty score column to fill in for approveQualificationRequests -input.",
  async run(ctx) {
    const QualificationTypeId = ctx.args.need("qualtypeid");
    const requests = await allPages(
      (NextToken) => ctx.client().send(new ListQualificationRequestsCommand({ QualificationTypeId, NextToken, MaxResults: 100 })),
      (p) => p.QualificationRequests,
    );
    const rows: Row[] = requests.map((r) => ({
      qualificationrequestid: r.QualificationRequestId ?? "",
      qualificationtypeid: r.QualificationTypeId ?? "",
      workerid: r.WorkerId ?? "",
      submittime: r.SubmitTime?.toISOString() ?? "",
      ...answerColumns(r.Answer),
    }));
    const answers = [...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => k.startsWith("Answer."))))].sort();
    const table = { columns: ["qualificationrequestid", "qualificationtypeid", "workerid", "submittime", ...answers, "score"], rows };
    const output = ctx.args.get("outputfile");
    if (output) writeTable(ctx.path(output), table);
    else ctx.out(formatTable(table).replace(/\n$/, ""));
    ctx.err(`${rows.length} qualification requests${output ? ` written to ${output}` : ""}`);
    return 0;
  },
};

function decisions(ctx: VerbContext): Decision[] {
  if (ctx.args.has("requestid")) return ctx.args.list("requestid").map((requestId) => ({ requestId, score: ctx.args.get("score") }));
  if (!ctx.args.has("input")) throw new UsageError("Give -requestid <ids> or -input <file>");
  return readTable(ctx.path(ctx.args.need("input")))
    .rows.map((r) => ({ requestId: cell(r, "qualificationrequestid") ?? "", score: cell(r, "score") || ctx.args.get("score") }))
    .filter((d) => d.requestId);
}

const selection = [
  { name: "requestid", value: "ids", help: "qualification request ids, comma-separated" },
  { name: "input", value: "file", help: "instead: the file of getQualificationRequests (its qualificationrequestid column)" },
];

const byRequest = (d: Decision) => `Request ${d.requestId}`;

export const approveQualificationRequests: Verb = {
  name: "approveQualificationRequests",
  summary: "Grant the qualification to the workers who asked",
  options: [...selection, { name: "score", value: "n", help: "the value to grant (or a score column in -input)" }],
  async run(ctx) {
    const list = decisions(ctx);
    for (const d of list) if (d.score && !/^-?\d+$/.test(d.score)) throw new UsageError(`A score must be a whole number, not "${d.score}"`);
    return forEach(ctx, list, { done: "requests approved", label: byRequest }, async (d) => {
      await ctx.client().send(new AcceptQualificationRequestCommand({ QualificationRequestId: d.requestId, IntegerValue: d.score ? Number(d.score) : undefined }));
    });
  },
};

export const rejectQualificationRequests: Verb = {
  name: "rejectQualificationRequests",
  summary: "Refuse the qualification to the workers who asked",
  options: [...selection, { name: "reason", value: "text", help: "shown to the workers" }],
  async run(ctx) {
    return forEach(ctx, decisions(ctx), { done: "requests rejected", label: byRequest }, async (d) => {
      await ctx.client().send(new RejectQualificationRequestCommand({ QualificationRequestId: d.requestId, Reason: ctx.args.get("reason") }));
    });
  },
};
