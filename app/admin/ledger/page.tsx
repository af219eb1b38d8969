import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { Money } from "@/components/ui/money";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { formatDateTime } from "@/components/ui/format";
import { AutoRefresh } from "@/components/admin/auto-refresh";
import { requirePageUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { checkLedger } from "@/lib/money/invariants";
import { exploreLedger, LEDGER_KINDS } from "@/lib/money/ledger-explorer";
import { dateParam, enumParam, hrefWith, pageParam, textParam, type SearchParams } from "../search-params";

export const metadata: Metadata = { title: "Ledger" };

export default async function LedgerPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requirePageUser("admin", "/admin/ledger");
  const raw = await searchParams;
  const filter = { account: textParam(raw, "account", 120), kind: enumParam(raw, "kind", LEDGER_KINDS), from: textParam(raw, "from", 10), to: textParam(raw, "to", 10), page: pageParam(raw) };
  const [problems, listing] = await Promise.all([
    checkLedger(),
    exploreLedger(admin.id, { ...filter, from: dateParam(raw, "from"), to: dateParam(raw, "to", true) }),
  ]);
  const href = (page: number) => hrefWith("/admin/ledger", { ...filter, page });
  const filtered = Boolean(filter.account || filter.kind || filter.from || filter.to);
  return (
    <div className="space-y-6">
      <PageHeader title="Ledger" description="Every money movement with all its entries, and the platform-wide check that no money appeared or vanished." />
      <section aria-labelledby="check-heading" className="space-y-2" aria-live="polite">
        <h2 id="check-heading" className="sr-only">Ledger check</h2>
        {problems.length === 0 ? (
          <Alert tone="success" title="The ledger balances">All accounts sum to zero, each balance equals its entries, external equals approved withdrawals minus approved deposits, no account is negative, escrow matches open HITs, and every approved assignment was paid exactly once.</Alert>
        ) : (
          <Alert tone="danger" title={`Alarm: the ledger check failed (${problems.length})`}>
            <p>Money appeared or vanished somewhere. Stop approving payments until this is explained.</p>
            <ul className="mt-1 list-disc pl-5">{problems.map((p) => <li key={p}>{p}</li>)}</ul>
          </Alert>
        )}
        <AutoRefresh seconds={30} checkedAt={now().toISOString().slice(11, 19)} />
      </section>
      <form role="search" aria-label="Filter ledger transactions" action="/admin/ledger" className="flex flex-wrap items-end gap-3 rounded-xl border border-border bg-surface p-4 shadow-sm">
        <Input label="Account or user id" name="account" defaultValue={filter.account ?? ""} placeholder="platform:fees, external, or A1B2…" className="min-w-0 flex-1 basis-56" />
        <Select label="Kind" name="kind" defaultValue={filter.kind ?? ""} options={[{ value: "", label: "Any kind" }, ...LEDGER_KINDS.map((k) => ({ value: k, label: k.replace(/_/g, " ") }))]} className="w-full sm:w-48" />
        <Input label="From" name="from" type="date" defaultValue={filter.from ?? ""} className="w-full sm:w-40" />
        <Input label="To" name="to" type="date" defaultValue={filter.to ?? ""} className="w-full sm:w-40" />
        <div className="flex gap-2">
          <Button type="submit" variant="secondary">Filter</Button>
          {filtered && <ButtonLink href="/admin/ledger" variant="ghost">Clear</ButtonLink>}
        </div>
      </form>
      <Card>
        <CardHeader title="Transactions" description={`${listing.total.toLocaleString("en-US")} matching, newest first. Each transaction's entries sum to zero.`} />
        {listing.items.length === 0 ? (
          <div className="p-5"><EmptyState title={filtered ? "No transactions match" : "No money has moved yet"} description={filtered ? "Try another account, kind or date range." : "Approved deposits, HIT escrow and payments appear here."} /></div>
        ) : (
          <Table caption="Ledger transactions with their entries">
            <THead><Tr><Th>When</Th><Th>Kind</Th><Th>Description</Th><Th>Entries</Th></Tr></THead>
            <TBody>
              {listing.items.map((t) => (
                <Tr key={t.id}>
                  <Td className="whitespace-nowrap align-top">{formatDateTime(t.createdAt)}<div className="font-mono text-xs text-muted">{t.id}</div></Td>
                  <Td className="align-top">{t.kind.replace(/_/g, " ")}</Td>
                  <Td className="align-top text-sm">{t.memo}{t.actorId && <div className="text-xs text-muted">by {t.actorId}</div>}</Td>
                  <Td className="align-top">
                    <ul className="space-y-0.5 text-xs" aria-label={`Entries of transaction ${t.id}`}>
                      {t.entries.map((e) => (
                        <li key={e.id} className="flex justify-between gap-4"><a href={hrefWith("/admin/ledger", { account: e.accountId })} className="font-mono text-muted hover:underline">{e.accountId}</a><Money cents={e.amountCents} /></li>
                      ))}
                    </ul>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
      <Pager page={listing.page} hasMore={listing.page < listing.pageCount} href={href} summary={`Page ${listing.page} of ${listing.pageCount}`} />
    </div>
  );
}
