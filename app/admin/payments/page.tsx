import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { formatDateTime } from "@/components/ui/format";
import { PaymentDecision } from "@/components/admin/payment-decision";
import { requirePageUser } from "@/lib/auth/session";
import { pendingDeposits, recentlyDecidedDeposits } from "@/lib/money/queries";
import { pendingWithdrawals, recentlyDecidedWithdrawals } from "@/lib/money/withdrawals";
import { Notice } from "@/components/ui/notice";
import { StatusBadge } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Payments" };

const userLink = (id: string, name: string) => <Link href={`/admin/users/${id}`} className="font-medium underline-offset-2 hover:underline">{name}</Link>;

export default async function PaymentsPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  await requirePageUser("admin", "/admin/payments");
  const { notice } = await searchParams;
  const [deposits, decided, withdrawals, decidedWithdrawals] = await Promise.all([pendingDeposits(), recentlyDecidedDeposits(), pendingWithdrawals(), recentlyDecidedWithdrawals()]);
  const recent = [
    ...decided.map((d) => ({ kind: "Deposit", id: d.id, at: d.decidedAt, who: d.requester.name, userId: d.requesterId, amountCents: d.amountCents, status: d.status, reason: d.reason })),
    ...decidedWithdrawals.map((w) => ({ kind: "Withdrawal", id: w.id, at: w.decidedAt, who: w.worker.name, userId: w.workerId, amountCents: w.amountCents, status: w.status, reason: w.reason })),
  ].sort((a, b) => (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0));
  return (
    <div className="space-y-6">
      <PageHeader title="Payments" description="Approve a deposit once the money has arrived, and a withdrawal once you have paid it out. Only approved requests reach the ledger; a withdrawal is checked against the worker's balance at the moment you approve it." />
      <Notice code={notice} />
      <Card>
        <CardHeader title={`Pending deposits (${deposits.length})`} />
        {deposits.length === 0 ? (
          <div className="p-5"><EmptyState title="No pending deposits" description="Requests from requesters appear here." /></div>
        ) : (
          <Table caption="Pending deposits">
            <THead><Tr><Th>Requested</Th><Th>Requester</Th><Th className="text-right">Amount</Th><Th>Reference</Th><Th>Decision</Th></Tr></THead>
            <TBody>
              {deposits.map((d) => (
                <Tr key={d.id}>
                  <Td className="whitespace-nowrap">{formatDateTime(d.createdAt)}</Td>
                  <Td>{userLink(d.requesterId, d.requester.name)}<div className="text-xs text-muted">{d.requester.email}</div></Td>
                  <Td className="text-right tabular-nums"><Money cents={d.amountCents} /></Td>
                  <Td className="text-sm text-muted">{d.note}</Td>
                  <Td><PaymentDecision kind="deposit" id={d.id} who={d.requester.name} /></Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
      <Card>
        <CardHeader title={`Pending withdrawals (${withdrawals.length})`} />
        {withdrawals.length === 0 ? (
          <div className="p-5"><EmptyState title="No pending withdrawals" description="Workers' requests to be paid out appear here." /></div>
        ) : (
          <Table caption="Pending withdrawals">
            <THead><Tr><Th>Requested</Th><Th>Worker</Th><Th className="text-right">Amount</Th><Th className="text-right">Balance now</Th><Th>Decision</Th></Tr></THead>
            <TBody>
              {withdrawals.map((w) => {
                const balance = w.worker.ledgerAccounts[0]?.balance ?? 0;
                return (
                  <Tr key={w.id}>
                    <Td className="whitespace-nowrap">{formatDateTime(w.createdAt)}</Td>
                    <Td>{userLink(w.workerId, w.worker.name)}<div className="text-xs text-muted">{w.worker.email}</div></Td>
                    <Td className="text-right tabular-nums"><Money cents={w.amountCents} /></Td>
                    <Td className="text-right tabular-nums">
                      <Money cents={balance} />
                      {balance < w.amountCents && <div className="text-xs font-medium text-danger">Below the amount: approval will be refused</div>}
                    </Td>
                    <Td><PaymentDecision kind="withdrawal" id={w.id} who={w.worker.name} /></Td>
                  </Tr>
                );
              })}
            </TBody>
          </Table>
        )}
      </Card>
      {recent.length > 0 && (
        <Card>
          <CardHeader title="Recently decided" />
          <Table caption="Recently decided deposits and withdrawals">
            <THead><Tr><Th>Decided</Th><Th>Kind</Th><Th>Who</Th><Th className="text-right">Amount</Th><Th>Status</Th><Th>Reason</Th></Tr></THead>
            <TBody>
              {recent.map((d) => (
                <Tr key={d.id}>
                  <Td className="whitespace-nowrap">{d.at ? formatDateTime(d.at) : ""}</Td>
                  <Td>{d.kind}</Td>
                  <Td>{userLink(d.userId, d.who)}</Td>
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
