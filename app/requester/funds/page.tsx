import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Stat, StatGrid } from "@/components/ui/stat";
import { Money } from "@/components/ui/money";
import { StatusBadge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { formatDateTime } from "@/components/ui/format";
import { DepositForm } from "@/components/requester/deposit-form";
import { requirePageUser } from "@/lib/auth/session";
import { balancesOf, depositsOf, ledgerHistory } from "@/lib/money/queries";

export const metadata: Metadata = { title: "Funds" };

const kindLabel: Record<string, string> = {
  deposit: "Deposit",
  withdrawal: "Withdrawal",
  hit_escrow: "HIT escrow",
  escrow_release: "Escrow released",
  assignment_payment: "Payment",
  override_payment: "Payment (override)",
  bonus: "Bonus",
};

export default async function FundsPage() {
  const user = await requirePageUser("requester", "/requester/funds");
  const [balances, deposits, history] = await Promise.all([balancesOf(user.id), depositsOf(user.id), ledgerHistory(user.id)]);
  const requesterHistory = history.filter((h) => h.account.startsWith("requester:"));
  return (
    <div className="space-y-6">
      <PageHeader title="Funds" description="Money you can spend, money held for open HITs, and every movement." />
      <StatGrid>
        <Stat label="Available" value={<Money cents={balances.requesterAvailableCents} />} hint="Ready for new HITs and bonuses" />
        <Stat label="On hold (escrow)" value={<Money cents={balances.requesterEscrowCents} />} hint="Rewards and fees of open assignments" />
      </StatGrid>
      <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
        <Card>
          <CardHeader title="Add funds" description="Request a deposit; an admin approves it when the payment arrives." />
          <CardBody><DepositForm /></CardBody>
        </Card>
        <Card>
          <CardHeader title="Deposit requests" />
          {deposits.length === 0 ? (
            <CardBody><EmptyState title="No deposits yet" description="Your deposit requests and their status appear here." /></CardBody>
          ) : (
            <Table caption="Deposit requests">
              <THead><Tr><Th>Requested</Th><Th className="text-right">Amount</Th><Th>Status</Th><Th>Note</Th></Tr></THead>
              <TBody>
                {deposits.map((d) => (
                  <Tr key={d.id}>
                    <Td className="whitespace-nowrap">{formatDateTime(d.createdAt)}</Td>
                    <Td className="text-right tabular-nums"><Money cents={d.amountCents} /></Td>
                    <Td><StatusBadge status={d.status} /></Td>
                    <Td className="text-sm text-muted">{d.reason ?? d.note}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </Card>
      </div>
      <Card>
        <CardHeader title="Transactions" description="Fees are shown in each entry's description." />
        {requesterHistory.length === 0 ? (
          <CardBody><EmptyState title="No transactions yet" /></CardBody>
        ) : (
          <Table caption="Ledger history">
            <THead><Tr><Th>When</Th><Th>Kind</Th><Th>Description</Th><Th>Account</Th><Th className="text-right">Amount</Th></Tr></THead>
            <TBody>
              {requesterHistory.map((h) => (
                <Tr key={h.id}>
                  <Td className="whitespace-nowrap">{formatDateTime(h.at)}</Td>
                  <Td>{kindLabel[h.kind] ?? h.kind}</Td>
                  <Td className="text-sm">{h.memo}</Td>
                  <Td className="text-sm text-muted">{h.account === "requester:escrow" ? "Escrow" : "Available"}</Td>
                  <Td className={`text-right tabular-nums ${h.amountCents < 0 ? "text-danger" : "text-success"}`}><Money cents={h.amountCents} /></Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
