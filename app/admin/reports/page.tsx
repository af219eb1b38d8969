import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/ui/pager";
import { Badge, StatusBadge } from "@/components/ui/badge";
import { formatDateTime, formatDuration } from "@/components/ui/format";
import { QuestionFormView } from "@/components/questions/question-form-view";
import { DismissReportDialog, TakeDownDialog } from "@/components/admin/report-controls";
import { requirePageUser } from "@/lib/auth/session";
import { reportQueue, reportReasonLabel } from "@/lib/admin/report-review";
import { parseQuestionForm } from "@/lib/questions/question-form";
import { hrefWith, pageParam, type SearchParams } from "../search-params";

export const metadata: Metadata = { title: "Reports" };

/** What the workers saw: a QuestionForm rendered (disabled); other kinds as their source, never run here. */
function Preview({ hit }: { hit: { questionType: string; question: string } }) {
  if (hit.questionType === "QuestionForm") {
    try {
      return <fieldset disabled className="space-y-4"><QuestionFormView form={parseQuestionForm(hit.question)} disabled /></fieldset>;
    } catch {
      // fall through to the source
    }
  }
  return <pre className="max-h-72 overflow-auto rounded-lg bg-surface-muted p-3 text-xs whitespace-pre-wrap">{hit.question.slice(0, 20_000)}</pre>;
}

export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requirePageUser("admin", "/admin/reports");
  const raw = await searchParams;
  const queue = await reportQueue(admin.id, pageParam(raw));
  return (
    <div className="space-y-6">
      <PageHeader title="Reported HITs" description={`${queue.openReports} open report(s) on ${queue.totalGroups} HIT group(s), the most reported first. Take a group down when it breaks the rules, or dismiss reports that do not hold.`} />
      <Notice code={raw.notice} />
      {queue.groups.length === 0 ? (
        <EmptyState title="No open reports" description="When workers report a HIT it appears here with what they said." />
      ) : (
        queue.groups.map((g) => (
          <Card key={g.id} aria-labelledby={`group-${g.id}`}>
            <CardHeader
              title={<span id={`group-${g.id}`}>{g.title}</span>}
              description={<>by <Link href={`/admin/users/${g.requester.id}`} className="underline">{g.requester.name}</Link> {g.requester.status !== "Active" && <StatusBadge status={g.requester.status} />} · <Money cents={g.rewardCents} /> for {formatDuration(g.assignmentDurationSeconds)} · {g.liveHits} HIT(s) up, {g.hitsAvailable} open</>}
              actions={g.liveHits > 0 && <TakeDownDialog hitTypeId={g.id} title={g.title} requester={g.requester.name} />}
            />
            <CardBody className="space-y-4">
              <p className="text-sm">{g.description}</p>
              <section aria-label={`Reports on ${g.title}`}>
                <h3 className="mb-2 text-sm font-semibold">{g.reports.length} report(s)</h3>
                <ul className="divide-y divide-border rounded-lg border border-border">
                  {g.reports.map((r) => (
                    <li key={r.id} className="flex flex-wrap items-start justify-between gap-3 p-3 text-sm">
                      <div>
                        <Badge tone="warning">{reportReasonLabel(r.reason)}</Badge>
                        <span className="ml-2 text-muted">{r.reporter.name} · {formatDateTime(r.createdAt)}</span>
                        {r.text && <p className="mt-1">“{r.text}”</p>}
                      </div>
                      <DismissReportDialog reportId={r.id} reporter={r.reporter.name} />
                    </li>
                  ))}
                </ul>
              </section>
              {g.preview && (
                <details className="rounded-lg border border-border p-3">
                  <summary className="cursor-pointer text-sm font-medium">Preview what workers see ({g.preview.questionType})</summary>
                  <div className="mt-3"><Preview hit={g.preview} /></div>
                </details>
              )}
            </CardBody>
          </Card>
        ))
      )}
      <Pager page={queue.page} hasMore={queue.page < queue.pageCount} href={(page) => hrefWith("/admin/reports", { page })} summary={`Page ${queue.page} of ${queue.pageCount}`} />
    </div>
  );
}
