// What a HIT's review policies found and did: the settings in words, agreement per question, each
// assignment's scores, and every action with its status.
import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/badge";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { formatDateTime } from "@/components/ui/format";
import type { ReviewSummary } from "@/lib/review-policies/summary";

const pct = (v: string | undefined) => (v === undefined ? "—" : `${v}%`);

function Rules({ summary }: { summary: ReviewSummary }) {
  const k = summary.knownAnswers;
  const p = summary.plurality;
  const rule = (text: string | false | undefined) => (text ? <li>{text}</li> : null);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <section aria-labelledby="rules-known" className="text-sm">
        <h3 id="rules-known" className="font-medium">Known answers</h3>
        {k ? (
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-muted">
            <li>Scored on {[...k.answerKey.keys()].join(", ")}</li>
            {rule(k.approveIfAtLeast !== undefined && `Approve at ${k.approveIfAtLeast}% or more`)}
            {rule(k.rejectIfLessThan !== undefined && `Reject below ${k.rejectIfLessThan}%`)}
            {rule(k.extendIfLessThan !== undefined && `Ask one more worker below ${k.extendIfLessThan}%, up to ${k.extendMaximumAssignments} assignments`)}
          </ul>
        ) : (
          <p className="mt-1 text-muted">Not used on this HIT.</p>
        )}
      </section>
      <section aria-labelledby="rules-plurality" className="text-sm">
        <h3 id="rules-plurality" className="font-medium">Plurality agreement</h3>
        {p ? (
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-muted">
            <li>An answer is agreed when more than {p.agreementThreshold}% give it</li>
            {rule(p.disregardRejected && "Rejected work is left out")}
            {rule(p.disregardIfKnownAnswerScoreBelow !== undefined && `Work scoring below ${p.disregardIfKnownAnswerScoreBelow}% on known answers is left out`)}
            {rule(p.approveIfWorkerAtLeast !== undefined && `Approve workers agreeing on ${p.approveIfWorkerAtLeast}% or more`)}
            {rule(p.rejectIfWorkerBelow !== undefined && `Reject workers agreeing on less than ${p.rejectIfWorkerBelow}%`)}
            {rule(p.extendIfHitAgreementBelow !== undefined && `Ask one more worker while under ${p.extendIfHitAgreementBelow}% of questions agree, up to ${p.extendMaximumAssignments} assignments`)}
          </ul>
        ) : (
          <p className="mt-1 text-muted">Not used on this HIT.</p>
        )}
      </section>
    </div>
  );
}

/** A card holding a table flush to its edges, or an empty state when there are no rows yet. */
function ListCard(props: { title: string; description: string; empty: boolean; emptyTitle: string; emptyDescription: string; children: ReactNode }) {
  return (
    <Card>
      <CardHeader title={props.title} description={props.description} />
      <CardBody className={props.empty ? undefined : "p-0"}>
        {props.empty ? <EmptyState title={props.emptyTitle} description={props.emptyDescription} className="py-8" /> : props.children}
      </CardBody>
    </Card>
  );
}

export function ReviewPolicyReport({ summary }: { summary: ReviewSummary }) {
  if (!summary.knownAnswers && !summary.plurality) {
    return (
      <EmptyState
        title="This HIT has no automatic review"
        description="Automatic review is chosen when a HIT is created: known answers score each submission, plurality agreement compares workers' answers."
        action={<Link href="/requester/hits/new" className="text-sm font-medium text-primary underline underline-offset-2">Create a HIT with automatic review</Link>}
      />
    );
  }
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title="Rules" />
        <CardBody>
          <Rules summary={summary} />
        </CardBody>
      </Card>

      {summary.plurality && (
        <Card>
          <CardHeader
            title="Agreement per question"
            description={summary.hitAgreementScore === undefined ? "Computed when every assignment is in (or the HIT expires)." : `${summary.hitAgreementScore}% of the questions have an agreed answer.`}
          />
          <CardBody className="p-0">
            <Table caption="Agreement per question">
              <THead>
                <Tr><Th>Question</Th><Th>Agreement</Th><Th>Plurality answer</Th></Tr>
              </THead>
              <TBody>
                {summary.questions.map((q) => (
                  <Tr key={q.questionId}>
                    <Td className="font-mono text-xs">{q.questionId}</Td>
                    <Td className="tabular-nums">{pct(q.agreementScore)}</Td>
                    <Td>{q.pluralityAnswer ?? <span className="text-muted">{q.agreementScore === undefined ? "Not yet computed" : "None (a tie or no answers)"}</span>}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </CardBody>
        </Card>
      )}

      <ListCard title="Assignments" description="Scores are whole percents. A dash means the policy has not scored that assignment." empty={summary.assignments.length === 0} emptyTitle="No submissions yet" emptyDescription="Scores appear here as workers submit.">
        <Table caption="Assignments and their scores">
          <THead>
            <Tr><Th>Worker</Th><Th>Assignment</Th><Th>Status</Th>{summary.knownAnswers && <Th>Known-answer score</Th>}{summary.plurality && <Th>Worker agreement</Th>}</Tr>
          </THead>
          <TBody>
            {summary.assignments.map((a) => (
              <Tr key={a.id}>
                <Td className="font-mono text-xs">{a.workerId}</Td>
                <Td className="font-mono text-xs break-all">{a.id}</Td>
                <Td><StatusBadge status={a.status} /></Td>
                {summary.knownAnswers && <Td className="tabular-nums">{pct(a.knownAnswerScore)}</Td>}
                {summary.plurality && <Td className="tabular-nums">{pct(a.workerAgreementScore)}</Td>}
              </Tr>
            ))}
          </TBody>
        </Table>
      </ListCard>

      <ListCard title="Actions taken" description="Approvals and rejections pay or release escrow exactly as your own would; extensions hold escrow for the added assignment." empty={summary.actions.length === 0} emptyTitle="No actions yet" emptyDescription="The policies act when work is submitted and when the HIT becomes reviewable.">
        <Table caption="Actions taken by the review policies">
          <THead>
            <Tr><Th>When (UTC)</Th><Th>Policy</Th><Th>Action</Th><Th>Target</Th><Th>Status</Th><Th>Result</Th></Tr>
          </THead>
          <TBody>
            {summary.actions.map((a) => (
              <Tr key={a.id}>
                <Td className="whitespace-nowrap">{formatDateTime(a.createdAt)}</Td>
                <Td>{a.level}</Td>
                <Td className="capitalize">{a.actionName}</Td>
                <Td className="font-mono text-xs break-all">{a.targetType === "HIT" ? "This HIT" : a.targetId}</Td>
                <Td><StatusBadge status={a.status} /></Td>
                <Td className="text-muted">{a.result}{a.errorCode && <span className="block font-mono text-xs">{a.errorCode}</span>}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </ListCard>
    </div>
  );
}
