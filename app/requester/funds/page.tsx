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
import { TransactionsTable } from "@/components/requester/transactions-table";
import { requirePageUser } from "@/lib/auth/session";
import { balancesOf, depositsOf, requesterTransactions } from "@/lib/money/queries";

export const metadata: Metadata = { title: "Funds" };

export default async function FundsPage() {
  const user = await requirePageUser("requester", "/requester/funds");
  const [balances, deposits, transactions] = await Promise.all([balancesOf(user.id), depositsOf(user.id), requesterTransactions(user.id)]);
  return (
    <div className="space-y-6">
      <PageHeader title="Funds" description="Money you can spend, money held for open HITs, and every movement." />
      <StatGrid>
        <Stat label="Available" value={<Money cents={balances.requesterAvailableCents} />} hint="Ready for new HITs and bonuses" />
        <Stat label="On hold (escrow)" value={<Money cents={balances.requesterEscrowCents} />} hint="Rewards and fees of open assignments" />
      </StatGrid>
      <div className="grid gap-6 lg:grid-cols-[22rem_minmax(0,1fr)]">
        <Card className="min-w-0">
          <CardHeader title="Add funds" description="Request a deposit; an admin approves it when the payment arrives." />
          <CardBody><DepositForm /></CardBody>
        </Card>
        <Card className="min-w-0">
          <CardHeader title="Deposit requests" />
          {deposits.length === 0 ? (
            <CardBody><EmptyState title="No deposits yet" description="Your deposit requests and their status appear here." /></CardBody>
          ) : (
            <Table caption="Deposit requests">
              <THead><Tr><Th>Requested (UTC)</Th><Th className="text-right">Amount</Th><Th>Status</Th><Th className="hidden sm:table-cell">Note</Th></Tr></THead>
              <TBody>
                {deposits.map((d) => (
                  <Tr key={d.id}>
                    <Td className="align-top">
                      <div className="whitespace-nowrap">{formatDateTime(d.createdAt)}</div>
                      <div className="text-xs break-words text-muted sm:hidden">{d.reason ?? d.note}</div>
                    </Td>
                    <Td className="text-right align-top tabular-nums"><Money cents={d.amountCents} /></Td>
                    <Td className="align-top"><StatusBadge status={d.status} /></Td>
                    <Td className="hidden text-sm text-muted sm:table-cell">{d.reason ?? d.note}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </Card>
      </div>
      <Card>
        <CardHeader title="Transactions" description="Every movement of your money, newest first. Where the platform took a fee in the same transaction, it is shown on its own; the amounts include it." />
        {transactions.length === 0 ? (
          <CardBody><EmptyState title="No transactions yet" description="Deposits, HIT escrow, payments and bonuses appear here." /></CardBody>
        ) : (
          <TransactionsTable transactions={transactions} />
        )}
      </Card>
    </div>
  );
}
