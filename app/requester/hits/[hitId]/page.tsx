import type { Metadata } from "next";
import Link from "next/link";
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
import { HitProgress } from "@/components/requester/hit-progress";
import { HitManageCard } from "@/components/requester/hit-manage-card";
import { HitBonuses } from "@/components/requester/hit-bonuses";
import { HitRequirements } from "@/components/requester/hit-requirements";
import { HitAssignments } from "@/components/requester/hit-assignments";
import { ReviewQueue } from "@/components/requester/review-queue";
import { reviewItems } from "@/components/requester/review-items";
import { PayBonusDialog } from "@/components/requester/bonus-dialog";
import { bonusLabel } from "@/components/requester/bonus-label";
import { requirePageUser } from "@/lib/auth/session";
import { requesterHitDetail, requesterHitTypes } from "@/lib/hits/queries";
import { bonusesOfRequester } from "@/lib/money/bonuses";
import { namedRequirementsOfHitType } from "@/lib/qualifications/requirements";
import { isDomainError } from "@/lib/errors";
import { now } from "@/lib/clock";

export const metadata: Metadata = { title: "HIT" };

async function hitOf(requesterId: string, hitId: string) {
  try {
    return await requesterHitDetail(requesterId, hitId);
  } catch (e) {
    if (isDomainError(e) && e.code === "NotFound") notFound();
    throw e;
  }
}

export default async function HitDetailPage({ params, searchParams }: { params: Promise<{ hitId: string }>; searchParams: Promise<{ created?: string; notice?: string }> }) {
  const { hitId } = await params;
  const { created, notice } = await searchParams;
  const user = await requirePageUser("requester", `/requester/hits/${hitId}`);
  const hit = await hitOf(user.id, hitId);
  const [types, bonuses, requirements] = await Promise.all([requesterHitTypes(user.id), bonusesOfRequester(user.id, { hitId }), namedRequirementsOfHitType(hit.hitTypeId)]);
  const at = now();
  const returnTo = `/requester/hits/${hit.id}`;
  const submitted = hit.assignments.filter((a) => a.status === "Submitted");
  const others = hit.assignments.filter((a) => a.status === "Approved" || a.status === "Rejected" || a.status === "Accepted");
  const queue = await reviewItems(
    submitted.map((a) => ({ ...a, hit })),
    (a) => <PayBonusDialog workerId={a.workerId} workerName={a.worker.name} assignments={[{ id: a.id, label: bonusLabel(a.submittedAt) }]} returnTo={returnTo} />,
  );
  const disposed = hit.status === "Disposed";

  return (
    <div className="space-y-6">
      <PageHeader title={hit.hitType.title} description={<span className="font-mono text-xs break-all">HIT {hit.id}</span>} backHref="/requester/hits" backLabel="All HITs" actions={<StatusBadge status={hit.effectiveStatus} />} />
      <Notice code={notice} />
      {created && <Alert tone="success" title="Your HIT is live">Workers can find it now. Submissions appear below as they arrive.</Alert>}
      {disposed && <Alert tone="info" title="This HIT was deleted">Its reviewed work and payments stay in your history.</Alert>}
      <StatGrid>
        <Stat label="Available" value={hit.numAvailable} hint={`of ${hit.maxAssignments} assignments`} />
        <Stat label="In progress" value={hit.numPending} />
        <Stat label="To review" value={hit.numSubmitted} tone={hit.numSubmitted > 0 ? "warning" : "neutral"} />
        <Stat label="Reviewed" value={hit.numCompleted} />
      </StatGrid>
      <Card>
        <CardBody className="space-y-4">
          <HitProgress hit={hit} />
          <dl className="grid gap-3 text-sm sm:grid-cols-3">
            <div><dt className="text-muted">Reward</dt><dd><Money cents={hit.rewardCents} /> + <Money cents={hit.feeCents} /> fee</dd></div>
            <div><dt className="text-muted">Time allotted</dt><dd>{formatDuration(hit.hitType.assignmentDurationSeconds)}</dd></div>
            <div><dt className="text-muted">Expires</dt><dd>{formatDateTime(hit.expiresAt)} UTC</dd></div>
            <div><dt className="text-muted">Auto-approval</dt><dd>{formatDuration(hit.hitType.autoApprovalDelaySeconds)} after submission</dd></div>
            <div><dt className="text-muted">Held in escrow</dt><dd><Money cents={hit.escrowCents} /></dd></div>
            <div>
              <dt className="text-muted">Automatic review</dt>
              <dd>{hit.assignmentReviewPolicy || hit.hitReviewPolicy ? <Link href={`/requester/hits/${hit.id}/review-policies`} className="font-medium text-primary underline underline-offset-2">Scores and actions</Link> : "None"}</dd>
            </div>
          </dl>
        </CardBody>
      </Card>

      <HitRequirements requirements={requirements} />

      {!disposed && <HitManageCard hit={hit} types={types} at={at} />}

      <section aria-labelledby="to-review" className="space-y-3">
        <h2 id="to-review" className="text-lg font-semibold">To review</h2>
        <ReviewQueue
          items={queue}
          showHit={false}
          empty={<EmptyState title="No work waiting for review" description="When workers submit this HIT, their answers show up here for you to approve or reject." className="py-8" />}
        />
      </section>

      <HitAssignments hit={hit} assignments={others} at={at} />
      <HitBonuses bonuses={bonuses} />
    </div>
  );
}
