import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime, formatDuration } from "@/components/ui/format";
import { overrideWindowOpen } from "@/lib/assignments/schema";
import { SubmittedAnswers, type SubmittedFile } from "./submitted-answers";
import { PayBonusDialog } from "./bonus-dialog";
import { bonusLabel } from "./bonus-label";
import { OverrideRejectionDialog } from "./override-dialog";

type Assignment = {
  id: string;
  status: string;
  workerId: string;
  worker: { name: string };
  acceptedAt: Date;
  submittedAt: Date | null;
  workSeconds: number | null;
  answer: string | null;
  requesterFeedback: string | null;
  files: SubmittedFile[];
};
type Hit = { id: string; question: string; questionType: string; rewardCents: number; feeCents: number };

/** Reviewed and in-progress assignments of a HIT (submitted ones are in the review queue above). */
export function HitAssignments({ hit, assignments, at }: { hit: Hit; assignments: Assignment[]; at: Date }) {
  const returnTo = `/requester/hits/${hit.id}`;
  return (
    <Card aria-label="Reviewed and in progress">
      <CardHeader title="Reviewed and in progress" description="Approved and rejected work, and assignments workers are still doing." />
      <CardBody>
        {assignments.length === 0 ? (
          <EmptyState title="Nothing reviewed yet" description="Work you approve or reject, and work in progress, shows up here." className="py-8" />
        ) : (
          <ul className="divide-y divide-border">
            {assignments.map((a) => (
              <li key={a.id} className="space-y-2 py-4 first:pt-0 last:pb-0">
                <div className="text-sm">
                  <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <StatusBadge status={a.status} />
                    <span className="font-medium">{a.worker.name}</span>
                    <span className="font-mono text-xs text-muted">{a.workerId}</span>
                  </div>
                  <p className="mt-1 text-xs text-muted">
                    {a.submittedAt ? `Submitted ${formatDateTime(a.submittedAt)} UTC` : `Accepted ${formatDateTime(a.acceptedAt)} UTC`}
                    {a.workSeconds !== null && ` · worked ${formatDuration(a.workSeconds)}`}
                  </p>
                </div>
                {a.status === "Accepted" ? (
                  <p className="text-sm text-muted">In progress.</p>
                ) : (
                  <SubmittedAnswers question={hit.question} questionType={hit.questionType} answerXml={a.answer} files={a.files} />
                )}
                {a.requesterFeedback && (
                  <p className="text-sm break-words">
                    <span className="text-muted">Your feedback:</span> {a.requesterFeedback}
                  </p>
                )}
                {a.status !== "Accepted" && (
                  <div className="flex flex-wrap gap-2 pt-1">
                    <PayBonusDialog workerId={a.workerId} workerName={a.worker.name} assignments={[{ id: a.id, label: bonusLabel(a.submittedAt) }]} returnTo={returnTo} />
                    {overrideWindowOpen(a, at) && <OverrideRejectionDialog assignmentId={a.id} workerName={a.worker.name} costCents={hit.rewardCents + hit.feeCents} returnTo={returnTo} />}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
