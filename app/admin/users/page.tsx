import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { StatusBadge } from "@/components/ui/badge";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { formatDate } from "@/components/ui/format";
import { RoleList } from "@/components/admin/role-list";
import { requirePageUser } from "@/lib/auth/session";
import { searchUsers, USER_ROLES } from "@/lib/admin/users";
import { enumParam, hrefWith, pageParam, textParam, type SearchParams } from "../search-params";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requirePageUser("admin", "/admin/users");
  const raw = await searchParams;
  const query = { q: textParam(raw, "q"), role: enumParam(raw, "role", USER_ROLES), status: enumParam(raw, "status", ["Active", "Suspended"] as const), page: pageParam(raw) };
  const listing = await searchUsers(admin.id, { query: query.q, role: query.role, status: query.status, page: query.page });
  const filtered = Boolean(query.q || query.role || query.status);
  return (
    <div className="space-y-6">
      <PageHeader title="Users" description="Find anyone by name, email or worker id. Open a user to see their balances and work, suspend or reactivate them, or change their roles." />
      <form role="search" aria-label="Search users" action="/admin/users" className="flex flex-wrap items-end gap-3 rounded-xl border border-border bg-surface p-4 shadow-sm">
        <Input label="Name, email or worker id" name="q" type="search" defaultValue={query.q ?? ""} className="min-w-0 flex-1 basis-56" />
        <Select label="Role" name="role" defaultValue={query.role ?? ""} options={[{ value: "", label: "Any role" }, ...USER_ROLES.map((r) => ({ value: r, label: r[0].toUpperCase() + r.slice(1) }))]} className="w-full sm:w-40" />
        <Select label="Status" name="status" defaultValue={query.status ?? ""} options={[{ value: "", label: "Any status" }, { value: "Active", label: "Active" }, { value: "Suspended", label: "Suspended" }]} className="w-full sm:w-40" />
        <div className="flex gap-2">
          <Button type="submit" variant="secondary">Search</Button>
          {filtered && <ButtonLink href="/admin/users" variant="ghost">Clear</ButtonLink>}
        </div>
      </form>
      <Card>
        <CardHeader title="Accounts" description={`${listing.total.toLocaleString("en-US")} matching, newest first.`} />
        {listing.items.length === 0 ? (
          <div className="p-5"><EmptyState title="No users match" description="Try part of a name, an email address, or a worker id." /></div>
        ) : (
          <Table caption="Users">
            <THead><Tr><Th>Name</Th><Th>Worker id</Th><Th>Roles</Th><Th>Status</Th><Th>Joined</Th></Tr></THead>
            <TBody>
              {listing.items.map((u) => (
                <Tr key={u.id}>
                  <Td><Link href={`/admin/users/${u.id}`} className="font-medium underline-offset-2 hover:underline">{u.name}</Link><div className="text-xs text-muted">{u.email}</div></Td>
                  <Td className="font-mono text-xs">{u.id}</Td>
                  <Td><RoleList user={u} /></Td>
                  <Td><StatusBadge status={u.status} /></Td>
                  <Td className="whitespace-nowrap">{formatDate(u.createdAt)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
      <Pager page={listing.page} hasMore={listing.page < listing.pageCount} href={(page) => hrefWith("/admin/users", { ...query, page })} summary={`Page ${listing.page} of ${listing.pageCount}`} />
    </div>
  );
}
