import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { Money } from "@/components/ui/money";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { formatDateTime } from "@/components/ui/format";
import { requirePageUser } from "@/lib/auth/session";
import { workerAssignments, workerEarnings } from "@/lib/assignments/queries";

export const metadata: Metadata = { title: "Dashboard" };

export default async function WorkerDashboard() {
  const user = await requirePageUser("worker", "/work/dashboard");
  const [earnings, assignments] = await Promise.all([workerEarnings(user.id), workerAssignments(user.id, 50)]);
  const rate = earnings.approvalRate;

  return (
    <div className="space-y-6">
      <PageHeader title="Dashboard" description="Your earnings and the work you have done." />
      <StatGrid>
        <Stat label="Pending review" value={<Money cents={earnings.pendingCents} />} hint={`${earnings.byStatus.Submitted ?? 0} submitted`} tone={earnings.pendingCents > 0 ? "warning" : "neutral"} />
        <Stat label="Approved earnings" value={<Money cents={earnings.approvedCents} />} hint={`${earnings.byStatus.Approved ?? 0} approved`} tone="success" />
        <Stat label="Available to withdraw" value={<Money cents={earnings.availableCents} />} />
        <Stat label="Approval rate" value={rate === null ? "—" : `${Math.round(rate * 100)}%`} hint={rate === null ? "No reviewed work yet" : `${earnings.byStatus.Rejected ?? 0} rejected`} />
      </StatGrid>
      <Card>
        <CardHeader title="Recent work" />
        {assignments.length === 0 ? (
          <div className="p-5">
            <EmptyState title="No work yet" description="HITs you accept and submit appear here with their status and the requester's feedback." action={<ButtonLink href="/work">Find HITs</ButtonLink>} />
          </div>
        ) : (
          <Table caption="Your assignments">
            <THead>
              <Tr>
                <Th>HIT</Th>
                <Th>Requester</Th>
                <Th>Status</Th>
                <Th className="text-right">Reward</Th>
                <Th>Accepted</Th>
                <Th>Feedback</Th>
              </Tr>
            </THead>
            <TBody>
              {assignments.map((a) => (
                <Tr key={a.id}>
                  <Td>{a.hit.hitType.title}</Td>
                  <Td>{a.hit.hitType.requester.name}</Td>
                  <Td><StatusBadge status={a.status} /></Td>
                  <Td className="text-right tabular-nums"><Money cents={a.hit.rewardCents} /></Td>
                  <Td className="whitespace-nowrap">{formatDateTime(a.acceptedAt)}</Td>
                  <Td className="max-w-xs text-sm text-muted">{a.requesterFeedback ?? ""}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
