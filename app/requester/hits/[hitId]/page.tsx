import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { StatusBadge } from "@/components/ui/badge";
import { Money } from "@/components/ui/money";
import { Stat, StatGrid } from "@/components/ui/stat";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime, formatDuration } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { ReviewForm } from "@/components/requester/review-form";
import { SubmittedAnswers } from "@/components/requester/submitted-answers";
import { requirePageUser } from "@/lib/auth/session";
import { requesterHitDetail } from "@/lib/hits/queries";
import { isDomainError } from "@/lib/errors";

export const metadata: Metadata = { title: "HIT" };

export default async function HitDetailPage({ params, searchParams }: { params: Promise<{ hitId: string }>; searchParams: Promise<{ created?: string; notice?: string }> }) {
  const { hitId } = await params;
  const { created, notice } = await searchParams;
  const user = await requirePageUser("requester", `/requester/hits/${hitId}`);
  let hit;
  try {
    hit = await requesterHitDetail(user.id, hitId);
  } catch (e) {
    if (isDomainError(e) && e.code === "NotFound") notFound();
    throw e;
  }
  const visible = hit.assignments.filter((a) => a.status !== "Returned" && a.status !== "Abandoned");

  return (
    <div className="space-y-6">
      <PageHeader title={hit.hitType.title} description={<span className="font-mono text-xs">HIT {hit.id}</span>} backHref="/requester/hits" backLabel="All HITs" actions={<StatusBadge status={hit.effectiveStatus} />} />
      <Notice code={notice} />
      {created && <Alert tone="success" title="Your HIT is live">Workers can find it now. Submissions appear below as they arrive.</Alert>}
      <StatGrid>
        <Stat label="Available" value={hit.numAvailable} hint={`of ${hit.maxAssignments} assignments`} />
        <Stat label="In progress" value={hit.numPending} />
        <Stat label="To review" value={hit.numSubmitted} tone={hit.numSubmitted > 0 ? "warning" : "neutral"} />
        <Stat label="Reviewed" value={hit.numCompleted} />
      </StatGrid>
      <Card>
        <CardBody>
          <dl className="grid gap-3 text-sm sm:grid-cols-3">
            <div><dt className="text-muted">Reward</dt><dd><Money cents={hit.rewardCents} /> + <Money cents={hit.feeCents} /> fee</dd></div>
            <div><dt className="text-muted">Time allotted</dt><dd>{formatDuration(hit.hitType.assignmentDurationSeconds)}</dd></div>
            <div><dt className="text-muted">Expires</dt><dd>{formatDateTime(hit.expiresAt)}</dd></div>
            <div><dt className="text-muted">Auto-approval</dt><dd>{formatDuration(hit.hitType.autoApprovalDelaySeconds)} after submission</dd></div>
            <div><dt className="text-muted">Held in escrow</dt><dd><Money cents={hit.escrowCents} /></dd></div>
          </dl>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Assignments" />
        <CardBody>
          {visible.length === 0 ? (
            <EmptyState title="No work submitted yet" description="When workers accept and submit this HIT, their answers show up here for you to review." />
          ) : (
            <ul className="divide-y divide-border">
              {visible.map((a) => (
                <li key={a.id} className="grid gap-4 py-4 first:pt-0 md:grid-cols-[1fr_20rem]">
                  <div className="space-y-2">
                    <div className="flex flex-wrap items-center gap-2 text-sm">
                      <StatusBadge status={a.status} />
                      <span className="font-medium">{a.worker.name}</span>
                      <span className="font-mono text-xs text-muted">{a.workerId}</span>
                      {a.workSeconds !== null && <span className="text-muted">· worked {formatDuration(a.workSeconds)}</span>}
                      {a.submittedAt && <span className="text-muted">· submitted {formatDateTime(a.submittedAt)}</span>}
                    </div>
                    {a.status === "Accepted" ? <p className="text-sm text-muted">In progress.</p> : <SubmittedAnswers question={hit.question} questionType={hit.questionType} answerXml={a.answer} />}
                    {a.requesterFeedback && <p className="text-sm"><span className="text-muted">Your feedback:</span> {a.requesterFeedback}</p>}
                  </div>
                  <div>{a.status === "Submitted" && <ReviewForm assignmentId={a.id} label={`work of ${a.worker.name}`} returnTo={`/requester/hits/${hit.id}`} />}</div>
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
