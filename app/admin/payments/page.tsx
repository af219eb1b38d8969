import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { formatDateTime } from "@/components/ui/format";
import { DepositDecision } from "@/components/admin/deposit-decision";
import { requirePageUser } from "@/lib/auth/session";
import { pendingDeposits, recentlyDecidedDeposits } from "@/lib/money/queries";
import { Notice } from "@/components/ui/notice";
import { StatusBadge } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Payments" };

export default async function PaymentsPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  await requirePageUser("admin", "/admin/payments");
  const { notice } = await searchParams;
  const [deposits, decided] = await Promise.all([pendingDeposits(), recentlyDecidedDeposits()]);
  return (
    <div className="space-y-6">
      <PageHeader title="Payments" description="Approve a deposit once the money has arrived. Only approved deposits reach the ledger." />
      <Notice code={notice} />
      <Card>
        <CardHeader title="Pending deposits" />
        {deposits.length === 0 ? (
          <div className="p-5"><EmptyState title="No pending deposits" description="Requests from requesters appear here." /></div>
        ) : (
          <Table caption="Pending deposits">
            <THead><Tr><Th>Requested</Th><Th>Requester</Th><Th className="text-right">Amount</Th><Th>Reference</Th><Th>Decision</Th></Tr></THead>
            <TBody>
              {deposits.map((d) => (
                <Tr key={d.id}>
                  <Td className="whitespace-nowrap">{formatDateTime(d.createdAt)}</Td>
                  <Td>{d.requester.name}<div className="text-xs text-muted">{d.requester.email}</div></Td>
                  <Td className="text-right tabular-nums"><Money cents={d.amountCents} /></Td>
                  <Td className="text-sm text-muted">{d.note}</Td>
                  <Td><DepositDecision depositId={d.id} label={`deposit of ${d.requester.name}`} /></Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
      {decided.length > 0 && (
        <Card>
          <CardHeader title="Recently decided" />
          <Table caption="Recently decided deposits">
            <THead><Tr><Th>Decided</Th><Th>Requester</Th><Th className="text-right">Amount</Th><Th>Status</Th><Th>Reason</Th></Tr></THead>
            <TBody>
              {decided.map((d) => (
                <Tr key={d.id}>
                  <Td className="whitespace-nowrap">{d.decidedAt ? formatDateTime(d.decidedAt) : ""}</Td>
                  <Td>{d.requester.name}</Td>
                  <Td className="text-right tabular-nums"><Money cents={d.amountCents} /></Td>
                  <Td><StatusBadge status={d.status} /></Td>
                  <Td className="text-sm text-muted">{d.reason ?? ""}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </Card>
      )}
    </div>
  );
}
