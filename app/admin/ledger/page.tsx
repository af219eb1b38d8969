import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { Money } from "@/components/ui/money";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { formatDateTime } from "@/components/ui/format";
import { requirePageUser } from "@/lib/auth/session";
import { checkLedger } from "@/lib/money/invariants";
import { recentLedgerTransactions } from "@/lib/money/queries";

export const metadata: Metadata = { title: "Ledger" };

export default async function LedgerPage() {
  await requirePageUser("admin", "/admin/ledger");
  const [problems, txs] = await Promise.all([checkLedger(), recentLedgerTransactions(50)]);
  return (
    <div className="space-y-6">
      <PageHeader title="Ledger" description="Every money movement, and the platform-wide check that no money appeared or vanished." />
      {problems.length === 0 ? (
        <Alert tone="success" title="The ledger balances">All accounts sum to zero, each balance equals its entries, no account is negative, escrow matches open HITs, and every approved assignment was paid exactly once.</Alert>
      ) : (
        <Alert tone="danger" title={`The ledger check failed (${problems.length})`}>
          <ul className="list-disc pl-5">{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </Alert>
      )}
      <Card>
        <CardHeader title="Recent transactions" />
        <Table caption="Recent ledger transactions">
          <THead><Tr><Th>When</Th><Th>Kind</Th><Th>Description</Th><Th>Entries</Th></Tr></THead>
          <TBody>
            {txs.map((t) => (
              <Tr key={t.id}>
                <Td className="whitespace-nowrap">{formatDateTime(t.createdAt)}</Td>
                <Td>{t.kind}</Td>
                <Td className="text-sm">{t.memo}</Td>
                <Td>
                  <ul className="space-y-0.5 text-xs">
                    {t.entries.map((e) => (
                      <li key={e.id} className="flex justify-between gap-4"><span className="font-mono text-muted">{e.accountId}</span><Money cents={e.amountCents} /></li>
                    ))}
                  </ul>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Card>
    </div>
  );
}
