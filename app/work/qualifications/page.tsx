import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { QualificationTabs } from "@/components/work/qualification-tabs";
import { QualificationSearch } from "@/components/work/qualification-search";
import { FindQualificationsList } from "@/components/work/find-qualifications";
import { MyQualificationsTable } from "@/components/work/my-qualifications-table";
import { MyRequestsTable } from "@/components/work/my-requests-table";
import { requirePageUser } from "@/lib/auth/session";
import { findQualificationTypes } from "@/lib/qualifications/worker-view";
import { qualificationsOfWorker } from "@/lib/qualifications/grants";
import { requestsOfWorker } from "@/lib/qualifications/requests";
import { now } from "@/lib/clock";
import { qualificationsQuerySchema, type QualificationsQuery } from "./form-schema";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Qualifications" };

function pageHref(query: QualificationsQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `/work/qualifications?${s}` : "/work/qualifications";
}

export default async function QualificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("worker", "/work/qualifications");
  const raw = await searchParams;
  const query = qualificationsQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const t = now();
  // Requests the worker still has to follow; approved ones show up under My qualifications.
  const [held, requests] = await Promise.all([qualificationsOfWorker(user.id), requestsOfWorker(user.id).then((rs) => rs.filter((r) => r.status !== "Approved"))]);

  return (
    <div className="space-y-6">
      <PageHeader title="Qualifications" description="Some HITs are open only to workers with a qualification. Find the ones you can request or take a test for, and follow what you hold." />
      <QualificationTabs current={query.tab} counts={{ mine: held.length, requests: requests.length }} />
      {query.tab === "find" && <FindTab workerId={user.id} query={query} />}
      {query.tab === "mine" && (
        <section aria-labelledby="mine-heading" className="space-y-3">
          <h2 id="mine-heading" className="text-lg font-semibold">My qualifications</h2>
          {held.length === 0 ? (
            <EmptyState title="No qualifications yet" description="Your approval figures appear here once you have done some work; qualifications you are granted or earn with a test appear too." action={<ButtonLink href="/work/qualifications">Find qualifications</ButtonLink>} />
          ) : (
            <Card>
              <MyQualificationsTable entries={held} />
            </Card>
          )}
        </section>
      )}
      {query.tab === "requests" && (
        <section aria-labelledby="requests-heading" className="space-y-3">
          <h2 id="requests-heading" className="text-lg font-semibold">My requests</h2>
          {requests.length === 0 ? (
            <EmptyState title="No open or rejected requests" description="Requests waiting for a requester, tests in progress and rejections with the requester's reason appear here." action={<ButtonLink href="/work/qualifications">Find qualifications</ButtonLink>} />
          ) : (
            <Card>
              <MyRequestsTable requests={requests} at={t} />
            </Card>
          )}
        </section>
      )}
    </div>
  );
}

async function FindTab({ workerId, query }: { workerId: string; query: QualificationsQuery }) {
  const { items, hasMore, page } = await findQualificationTypes(workerId, { query: query.q, page: query.page });
  return (
    <section aria-labelledby="find-heading" className="space-y-4">
      <h2 id="find-heading" className="text-lg font-semibold">Find qualifications</h2>
      <QualificationSearch query={query.q} />
      {items.length === 0 ? (
        <EmptyState
          title={query.q ? "No qualifications match your search" : page > 1 ? "No more qualifications" : "No qualifications to request right now"}
          description={query.q ? "Try other words, or fewer of them." : "Requesters create qualifications for their HITs; they appear here when they do."}
          action={query.q || page > 1 ? <ButtonLink href="/work/qualifications" variant="secondary">Show all</ButtonLink> : undefined}
        />
      ) : (
        <FindQualificationsList items={items} />
      )}
      <Pager page={page} hasMore={hasMore} href={(p) => pageHref(query, p)} />
    </section>
  );
}
