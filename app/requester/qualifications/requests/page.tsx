import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { QualificationRequests } from "@/components/requester/qualification-requests";
import { requirePageUser } from "@/lib/auth/session";
import { pendingRequestsForOwner } from "@/lib/qualifications/requests";

export const metadata: Metadata = { title: "Qualification requests" };

const PAGE = 50;

export default async function QualificationRequestsPage({ searchParams }: { searchParams: Promise<{ notice?: string; page?: string }> }) {
  const { notice, page } = await searchParams;
  const user = await requirePageUser("requester", "/requester/qualifications/requests");
  const index = Math.max(Math.trunc(Number(page) || 1), 1);
  const { items, hasMore } = await pendingRequestsForOwner(user.id, { take: PAGE, skip: (index - 1) * PAGE });
  const here = "/requester/qualifications/requests";

  return (
    <div className="space-y-6">
      <PageHeader
        title="Qualification requests"
        description="Workers waiting for your decision on your qualification types, oldest first. Accepting grants the qualification with the value you give; a rejected worker sees your reason."
        backHref="/requester/qualifications"
        backLabel="Qualification types"
      />
      <Notice code={notice} />
      <QualificationRequests
        requests={items}
        showType
        returnTo={index > 1 ? `${here}?page=${index}` : here}
        empty={<EmptyState title="No requests waiting" description="When workers ask for one of your qualifications, or submit a test that has no answer key, their requests appear here." />}
      />
      {(index > 1 || hasMore) && (
        <nav aria-label="Pages of requests" className="flex justify-between">
          {index > 1 ? <ButtonLink variant="secondary" size="sm" href={`${here}?page=${index - 1}`}>Previous</ButtonLink> : <span />}
          {hasMore && <ButtonLink variant="secondary" size="sm" href={`${here}?page=${index + 1}`}>Next</ButtonLink>}
        </nav>
      )}
    </div>
  );
}
