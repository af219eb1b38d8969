import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { Money } from "@/components/ui/money";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { formatCents, formatDateTime } from "@/components/ui/format";
import { EarningsChart } from "@/components/work/earnings-chart";
import { WithdrawForm } from "@/components/work/withdraw-form";
import { AppealDialog } from "@/components/work/appeal-dialog";
import { requirePageUser } from "@/lib/auth/session";
import { dailyEarnings, workerAssignmentsByStatus, workerEarnings } from "@/lib/assignments/queries";
import { withdrawalsOf } from "@/lib/money/withdrawals";
import { APPEAL_WINDOW_SECONDS } from "@/lib/assignments/appeals";
import { now } from "@/lib/clock";

export const metadata: Metadata = { title: "Dashboard" };

const STATUSES = ["Submitted", "Approved", "Rejected", "Returned", "Abandoned"] as const;

export default async function WorkerDashboard({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const user = await requirePageUser("worker", "/work/dashboard");
  const sp = await searchParams;
  const status = (STATUSES as readonly string[]).includes(sp.status ?? "") ? (sp.status as string) : "Submitted";
  const t = now();
  const [earnings, series, list, withdrawals] = await Promise.all([workerEarnings(user.id), dailyEarnings(user.id, 30, t), workerAssignmentsByStatus(user.id, status), withdrawalsOf(user.id)]);
  const rate = earnings.approvalRate;

  return (
    <div className="space-y-6">
      <PageHeader title="Dashboard" description="Your earnings and the work you have done." />
      <StatGrid>
        <Stat label="Pending review" value={<Money cents={earnings.pendingCents} />} hint={`${earnings.byStatus.Submitted ?? 0} submitted`} tone={earnings.pendingCents > 0 ? "warning" : "neutral"} />
        <Stat label="Approved earnings" value={<Money cents={earnings.approvedCents} />} hint={`${earnings.byStatus.Approved ?? 0} approved`} tone="success" />
        <Stat label="Bonuses" value={<Money cents={earnings.bonusesCents} />} hint={`Total earned ${formatCents(earnings.totalCents)}`} />
        <Stat label="Withdrawable" value={<Money cents={earnings.withdrawableCents} />} hint={rate === null ? "No reviewed work yet" : `Approval rate ${Math.round(rate * 100)}%`} />
      </StatGrid>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <Card>
          <CardHeader title="Daily earnings" description="Rewards and bonuses paid to you, last 30 days (UTC)." />
          <CardBody><EarningsChart series={series} /></CardBody>
        </Card>
        <Card>
          <CardHeader title="Withdraw" description="Requests go to an admin, who pays them out." />
          <CardBody className="space-y-4">
            <WithdrawForm maxLabel={formatCents(earnings.withdrawableCents)} />
            {withdrawals.length > 0 && (
              <ul className="space-y-1 text-sm" aria-label="Your withdrawal requests">
                {withdrawals.map((w) => (
                  <li key={w.id} className="flex items-center justify-between gap-2">
                    <span><Money cents={w.amountCents} /> · {formatDateTime(w.createdAt)}{w.reason && <span className="block text-xs text-muted">Reason: {w.reason}</span>}</span>
                    <StatusBadge status={w.status} />
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      </div>
      <Card>
        <CardHeader title="Your work" />
        <nav aria-label="Filter by status" className="flex flex-wrap gap-2 border-b border-border px-5 pb-3">
          {STATUSES.map((s) => (
            <Link key={s} href={`/work/dashboard?status=${s}`} aria-current={s === status ? "page" : undefined} className={`rounded-full px-3 py-1 text-sm no-underline ${s === status ? "bg-primary text-primary-fg" : "bg-surface-muted text-fg hover:bg-border"}`}>
              {s} <span className="tabular-nums opacity-80">{earnings.byStatus[s] ?? 0}</span>
            </Link>
          ))}
        </nav>
        {list.length === 0 ? (
          <div className="p-5">
            <EmptyState title={`No ${status.toLowerCase()} work`} description="Assignments show up here with their status and the requester's feedback." action={<ButtonLink href="/work">Find HITs</ButtonLink>} />
          </div>
        ) : (
          <Table caption={`${status} assignments`}>
            <THead><Tr><Th>HIT</Th><Th>Requester</Th><Th>Status</Th><Th className="text-right">Reward</Th><Th>Accepted</Th><Th>Feedback</Th></Tr></THead>
            <TBody>
              {list.map((a) => {
                const canAppeal = a.status === "Rejected" && !a.appeal && a.rejectedAt && t.getTime() - a.rejectedAt.getTime() < APPEAL_WINDOW_SECONDS * 1000;
                return (
                  <Tr key={a.id}>
                    <Td>{a.hit.hitType.title}</Td>
                    <Td>{a.hit.hitType.requester.name}</Td>
                    <Td><StatusBadge status={a.status} /></Td>
                    <Td className="text-right tabular-nums"><Money cents={a.hit.rewardCents} /></Td>
                    <Td className="whitespace-nowrap">{formatDateTime(a.acceptedAt)}</Td>
                    <Td className="max-w-xs space-y-1 text-sm">
                      {a.requesterFeedback && <p className="text-muted">{a.requesterFeedback}</p>}
                      {a.appeal && <p>Appeal: <StatusBadge status={a.appeal.status} />{a.appeal.requesterResponse ? ` “${a.appeal.requesterResponse}”` : ""}{a.appeal.reason ? ` Piecework: “${a.appeal.reason}”` : ""}</p>}
                      {canAppeal && <AppealDialog assignmentId={a.id} title={a.hit.hitType.title} />}
                    </Td>
                  </Tr>
                );
              })}
            </TBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
