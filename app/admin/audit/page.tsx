import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { formatDateTime } from "@/components/ui/format";
import { requirePageUser } from "@/lib/auth/session";
import { searchAuditLog } from "@/lib/admin/audit-log";
import { dateParam, hrefWith, pageParam, textParam, type SearchParams } from "../search-params";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requirePageUser("admin", "/admin/audit");
  const raw = await searchParams;
  const query = { actorId: textParam(raw, "actorId", 64), action: textParam(raw, "action", 64), subjectId: textParam(raw, "subjectId", 64), from: textParam(raw, "from", 10), to: textParam(raw, "to", 10), page: pageParam(raw) };
  const listing = await searchAuditLog(admin.id, { ...query, from: dateParam(raw, "from"), to: dateParam(raw, "to", true) });
  const filtered = Boolean(query.actorId || query.action || query.subjectId || query.from || query.to);
  return (
    <div className="space-y-6">
      <PageHeader title="Audit log" description="Who did what, when and why: every admin decision and every money movement. Records are append-only; nothing in Piecework edits or deletes them." />
      <form role="search" aria-label="Search the audit log" action="/admin/audit" className="flex flex-wrap items-end gap-3 rounded-xl border border-border bg-surface p-4 shadow-sm">
        <Input label="Action starts with" name="action" defaultValue={query.action ?? ""} placeholder="user., money., deposit.approve" className="min-w-0 flex-1 basis-48" />
        <Input label="Who (user id)" name="actorId" defaultValue={query.actorId ?? ""} className="w-full sm:w-44" />
        <Input label="Subject id" name="subjectId" defaultValue={query.subjectId ?? ""} className="w-full sm:w-56" />
        <Input label="From" name="from" type="date" defaultValue={query.from ?? ""} className="w-full sm:w-40" />
        <Input label="To" name="to" type="date" defaultValue={query.to ?? ""} className="w-full sm:w-40" />
        <div className="flex gap-2">
          <Button type="submit" variant="secondary">Search</Button>
          {filtered && <ButtonLink href="/admin/audit" variant="ghost">Clear</ButtonLink>}
        </div>
      </form>
      <Card>
        <CardHeader title="Records" description={`${listing.total.toLocaleString("en-US")} matching, newest first.`} />
        {listing.items.length === 0 ? (
          <div className="p-5"><EmptyState title="No records match" description="Try a shorter action prefix or a wider date range." /></div>
        ) : (
          <Table caption="Audit records">
            <THead><Tr><Th>When</Th><Th>Who</Th><Th>What</Th><Th>Subject</Th><Th>Why</Th></Tr></THead>
            <TBody>
              {listing.items.map((r) => (
                <Tr key={r.id}>
                  <Td className="whitespace-nowrap align-top">{formatDateTime(r.createdAt)}</Td>
                  <Td className="align-top">{r.actorId ? <Link href={`/admin/users/${r.actorId}`} className="hover:underline">{r.actorName}</Link> : <span className="text-muted">{r.actorName}</span>}</Td>
                  <Td className="align-top font-mono text-xs">{r.action}</Td>
                  <Td className="align-top text-xs"><span className="text-muted">{r.subjectType}</span><div className="font-mono">{r.subjectId}</div></Td>
                  <Td className="align-top text-sm">{r.reason}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
      <Pager page={listing.page} hasMore={listing.page < listing.pageCount} href={(page) => hrefWith("/admin/audit", { ...query, page })} summary={`Page ${listing.page} of ${listing.pageCount}`} />
    </div>
  );
}
