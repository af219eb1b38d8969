import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/ui/pager";
import { formatDateTime } from "@/components/ui/format";
import { AppealDecision } from "@/components/admin/appeal-controls";
import { requirePageUser } from "@/lib/auth/session";
import { escalatedAppeals } from "@/lib/admin/appeal-review";
import { APPEAL_ESCALATE_AFTER_SECONDS } from "@/lib/assignments/appeals";
import { hrefWith, pageParam, type SearchParams } from "../search-params";

export const metadata: Metadata = { title: "Appeals" };

export default async function AppealsPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requirePageUser("admin", "/admin/appeals");
  const raw = await searchParams;
  const queue = await escalatedAppeals(admin.id, pageParam(raw));
  return (
    <div className="space-y-6">
      <PageHeader title="Appeals" description={`Rejections that workers appealed and requesters left unanswered for ${APPEAL_ESCALATE_AFTER_SECONDS / 86_400} days, oldest first.`} />
      <Notice code={raw.notice} />
      {queue.items.length === 0 ? (
        <EmptyState title="No appeals to decide" description="Appeals appear here when a requester does not answer one in time." />
      ) : (
        queue.items.map((a) => {
          const { hit } = a.assignment;
          return (
            <Card key={a.id}>
              <CardHeader
                title={hit.hitType.title}
                description={<>Worker <Link href={`/admin/users/${a.worker.id}`} className="underline">{a.worker.name}</Link> · requester <Link href={`/admin/users/${hit.requester.id}`} className="underline">{hit.requester.name}</Link> · reward <Money cents={hit.rewardCents} /> · appealed {formatDateTime(a.createdAt)}</>}
                actions={<AppealDecision appealId={a.id} worker={a.worker.name} title={hit.hitType.title} />}
              />
              <CardBody className="grid gap-4 text-sm md:grid-cols-2">
                <div>
                  <h3 className="font-semibold">Why the requester rejected it</h3>
                  <p className="mt-1">{a.assignment.requesterFeedback ?? "No feedback given."}</p>
                </div>
                <div>
                  <h3 className="font-semibold">The worker&apos;s appeal</h3>
                  <p className="mt-1">{a.message}</p>
                </div>
                <details className="md:col-span-2">
                  <summary className="cursor-pointer font-medium">The submitted answer</summary>
                  <pre className="mt-2 max-h-60 overflow-auto rounded-lg bg-surface-muted p-3 text-xs whitespace-pre-wrap">{a.assignment.answer ?? "(none)"}</pre>
                </details>
              </CardBody>
            </Card>
          );
        })
      )}
      <Pager page={queue.page} hasMore={queue.page < queue.pageCount} href={(page) => hrefWith("/admin/appeals", { page })} summary={`Page ${queue.page} of ${queue.pageCount}`} />
    </div>
  );
}
