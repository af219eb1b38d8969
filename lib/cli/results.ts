// getResults: the legacy results file, one line per assignment (or per HIT without any yet), with the
// HIT's columns, the assignment's, the answers as Answer.<question> and empty Approve and Reject
// columns that an analyst fills in for reviewResults.
import { GetHITCommand, ListAssignmentsForHITCommand, type Assignment, type HIT } from "@aws-sdk/client-mturk";
import { answerColumns } from "./answers";
import { HIT_SELECTION, selectedHitIds } from "./hit-ids";
import { allPages } from "./listing";
import { formatTable, writeTable, type Row } from "./tab-file";
import { messageOf, progress, type Verb } from "./verb";

const HIT_COLUMNS = ["hitid", "hittypeid", "title", "description", "keywords", "reward", "creationtime", "assignments", "numavailable", "numpending", "numcomplete", "hitstatus", "reviewstatus", "annotation", "assignmentduration", "autoapprovaldelay", "hitlifetime"];
const ASSIGNMENT_COLUMNS = ["assignmentid", "workerid", "assignmentstatus", "autoapprovaltime", "assignmentaccepttime", "assignmentsubmittime", "assignmentapprovaltime", "assignmentrejecttime", "deadline", "feedback"];

const time = (d: Date | undefined) => (d ? d.toISOString() : "");

function hitColumns(h: HIT): Row {
  return {
    hitid: h.HITId ?? "",
    hittypeid: h.HITTypeId ?? "",
    title: h.Title ?? "",
    description: h.Description ?? "",
    keywords: h.Keywords ?? "",
    reward: h.Reward ? `$${h.Reward}` : "",
    creationtime: time(h.CreationTime),
    assignments: String(h.MaxAssignments ?? ""),
    numavailable: String(h.NumberOfAssignmentsAvailable ?? ""),
    numpending: String(h.NumberOfAssignmentsPending ?? ""),
    numcomplete: String(h.NumberOfAssignmentsCompleted ?? ""),
    hitstatus: h.HITStatus ?? "",
    reviewstatus: h.HITReviewStatus ?? "",
    annotation: h.RequesterAnnotation ?? "",
    assignmentduration: String(h.AssignmentDurationInSeconds ?? ""),
    autoapprovaldelay: String(h.AutoApprovalDelayInSeconds ?? ""),
    hitlifetime: time(h.Expiration),
  };
}

function assignmentColumns(a: Assignment): Row {
  return {
    assignmentid: a.AssignmentId ?? "",
    workerid: a.WorkerId ?? "",
    assignmentstatus: a.AssignmentStatus ?? "",
    autoapprovaltime: time(a.AutoApprovalTime),
    assignmentaccepttime: time(a.AcceptTime),
    assignmentsubmittime: time(a.SubmitTime),
    assignmentapprovaltime: time(a.ApprovalTime),
    assignmentrejecttime: time(a.RejectionTime),
    deadline: time(a.Deadline),
    feedback: a.RequesterFeedback ?? "",
    ...answerColumns(a.Answer),
  };
}

export const getResults: Verb = {
  name: "getResults",
  summary: "Write the submitted work of the HITs in a success file to a tab-delimited results file",
  options: [...HIT_SELECTION, { name: "outputfile", value: "file", help: "where to write the results (default: stdout)" }],
  details: "Columns: the HIT's (hitid, hittypeid, title, ...), the assignment's (assignmentid, workerid,\nassignmentstatus, ...), one Answer.<question> per question, then Approve and Reject for reviewResults.",
  async run(ctx) {
    const client = ctx.client();
    const hitIds = selectedHitIds(ctx.args, ctx.path);
    const rows: Row[] = [];
    const answerNames = new Set<string>();
    const tick = progress(ctx, hitIds.length, "HITs");
    let failed = 0;
    for (const HITId of hitIds) {
      try {
        const { HIT } = await client.send(new GetHITCommand({ HITId }));
        const assignments = await allPages(
          (NextToken) => client.send(new ListAssignmentsForHITCommand({ HITId, NextToken, MaxResults: 100 })),
          (p) => p.Assignments,
        );
        const hit = hitColumns(HIT!);
        if (assignments.length === 0) rows.push(hit);
        for (const a of assignments) {
          const row = { ...hit, ...assignmentColumns(a) };
          Object.keys(row).filter((k) => k.startsWith("Answer.")).forEach((k) => answerNames.add(k));
          rows.push(row);
        }
      } catch (e) {
        failed++;
        ctx.err(`HIT ${HITId}: ${messageOf(e)}`);
      }
      tick();
    }
    const table = { columns: [...HIT_COLUMNS, ...ASSIGNMENT_COLUMNS, ...[...answerNames].sort(), "Approve", "Reject"], rows };
    const output = ctx.args.get("outputfile");
    if (output) writeTable(ctx.path(output), table);
    else ctx.out(formatTable(table).replace(/\n$/, ""));
    const submitted = rows.filter((r) => r.assignmentid).length;
    ctx.err(`${submitted} assignments of ${hitIds.length - failed} HITs${output ? ` written to ${output}` : ""}${failed ? `; ${failed} HITs failed` : ""}`);
    return failed > 0 ? 1 : 0;
  },
};
