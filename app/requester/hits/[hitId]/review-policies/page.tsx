import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { ReviewPolicyReport } from "@/components/requester/review-policy-report";
import { requirePageUser } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { reviewSummaryOfHit } from "@/lib/review-policies/summary";

export const metadata: Metadata = { title: "Automatic review" };

export default async function HitReviewPoliciesPage({ params }: { params: Promise<{ hitId: string }> }) {
  const { hitId } = await params;
  const user = await requirePageUser("requester", `/requester/hits/${hitId}/review-policies`);
  const summary = await reviewSummaryOfHit(user.id, hitId).catch((e) => {
    if (isDomainError(e) && e.code === "NotFound") notFound();
    throw e;
  });
  return (
    <div className="space-y-6">
      <PageHeader
        title="Automatic review"
        description={<span className="font-mono text-xs break-all">HIT {hitId}</span>}
        backHref={`/requester/hits/${hitId}`}
        backLabel="Back to the HIT"
      />
      <ReviewPolicyReport summary={summary} />
    </div>
  );
}
