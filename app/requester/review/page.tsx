import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { ReviewQueue } from "@/components/requester/review-queue";
import { reviewItems } from "@/components/requester/review-items";
import { requirePageUser } from "@/lib/auth/session";
import { submissionsToReview } from "@/lib/assignments/queries";

export const metadata: Metadata = { title: "Review work" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const { notice } = await searchParams;
  const user = await requirePageUser("requester", "/requester/review");
  const queue = await submissionsToReview(user.id);
  const items = await reviewItems(queue);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Review work"
        description="Submitted assignments across all your HITs, oldest first. Approve or reject one at a time, or select several and decide them together. Unreviewed work is approved automatically when its auto-approval time comes."
      />
      <Notice code={notice} />
      <ReviewQueue
        items={items}
        showHit
        empty={<EmptyState title="Nothing to review" description="You are all caught up. New submissions will appear here." action={<ButtonLink href="/requester/hits" variant="secondary">Your HITs</ButtonLink>} />}
      />
    </div>
  );
}
