import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { formatDateTime, formatDuration } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { ReviewForm } from "@/components/requester/review-form";
import { SubmittedAnswers } from "@/components/requester/submitted-answers";
import { requirePageUser } from "@/lib/auth/session";
import { submissionsToReview } from "@/lib/assignments/queries";

export const metadata: Metadata = { title: "Review work" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const { notice } = await searchParams;
  const user = await requirePageUser("requester", "/requester/review");
  const queue = await submissionsToReview(user.id);
  return (
    <div className="space-y-6">
      <PageHeader title="Review work" description="Submitted assignments across all your HITs, oldest first. Unreviewed work is approved automatically when its auto-approval time comes." />
      <Notice code={notice} />
      {queue.length === 0 ? (
        <EmptyState title="Nothing to review" description="You are all caught up. New submissions will appear here." />
      ) : (
        <ul className="space-y-4">
          {queue.map((a) => (
            <li key={a.id}>
              <Card>
                <CardBody className="grid gap-4 md:grid-cols-[1fr_20rem]">
                  <div className="space-y-2">
                    <p className="text-sm">
                      <Link href={`/requester/hits/${a.hit.id}`} className="font-semibold">{a.hit.hitType.title}</Link>
                      <span className="text-muted"> · {a.worker.name} · <Money cents={a.hit.rewardCents} /> · submitted {a.submittedAt ? formatDateTime(a.submittedAt) : ""}{a.workSeconds !== null ? ` · worked ${formatDuration(a.workSeconds)}` : ""}</span>
                    </p>
                    <SubmittedAnswers question={a.hit.question} questionType={a.hit.questionType} answerXml={a.answer} />
                  </div>
                  <ReviewForm assignmentId={a.id} label={`work of ${a.worker.name}`} returnTo="/requester/review" />
                </CardBody>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
