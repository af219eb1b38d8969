import { Money } from "@/components/ui/money";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { formatDateTime } from "@/components/ui/format";

type Transaction = { id: string; at: Date; kind: string; memo: string; availableCents: number; escrowCents: number; feeCents: number };

const kindLabel: Record<string, string> = {
  deposit: "Deposit",
  withdrawal: "Withdrawal",
  hit_escrow: "HIT escrow",
  escrow_release: "Escrow released",
  assignment_payment: "Payment",
  override_payment: "Payment (override)",
  bonus: "Bonus",
};

/** A change of a balance: "+$1.00" in green, "−$1.00", or a dash when the transaction left it alone. */
function SignedMoney({ cents }: { cents: number }) {
  if (cents === 0) return <span className="text-muted" aria-label="no change">—</span>;
  return cents > 0 ? <span className="whitespace-nowrap text-success tabular-nums">+<Money cents={cents} /></span> : <Money cents={cents} />;
}

/** The requester's ledger transactions: what each did to available and on-hold money, and the platform's fee in it. */
export function TransactionsTable({ transactions }: { transactions: Transaction[] }) {
  return (
    <Table caption="Transactions">
      <THead>
        <Tr>
          <Th>What</Th>
          <Th className="hidden text-right sm:table-cell">Available</Th>
          <Th className="hidden text-right sm:table-cell">On hold</Th>
          <Th className="hidden text-right sm:table-cell">Platform fee</Th>
        </Tr>
      </THead>
      <TBody>
        {transactions.map((t) => (
          <Tr key={t.id}>
            <Td className="max-w-md min-w-40 align-top">
              <div className="font-medium">{kindLabel[t.kind] ?? t.kind}</div>
              <div className="text-sm break-words text-muted">{t.memo}</div>
              <div className="text-xs text-muted">{formatDateTime(t.at)} UTC</div>
              {/* On a phone the three figures fold under the description instead of taking columns. */}
              <dl className="mt-1 flex flex-wrap gap-x-3 text-xs sm:hidden">
                {t.availableCents !== 0 && <div><dt className="inline text-muted">Available </dt><dd className="inline"><SignedMoney cents={t.availableCents} /></dd></div>}
                {t.escrowCents !== 0 && <div><dt className="inline text-muted">On hold </dt><dd className="inline"><SignedMoney cents={t.escrowCents} /></dd></div>}
                {t.feeCents > 0 && <div><dt className="inline text-muted">Platform fee </dt><dd className="inline"><Money cents={t.feeCents} /></dd></div>}
              </dl>
            </Td>
            <Td className="hidden text-right align-top sm:table-cell"><SignedMoney cents={t.availableCents} /></Td>
            <Td className="hidden text-right align-top sm:table-cell"><SignedMoney cents={t.escrowCents} /></Td>
            <Td className="hidden text-right align-top text-muted sm:table-cell">{t.feeCents > 0 ? <Money cents={t.feeCents} /> : <span aria-label="none">—</span>}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
