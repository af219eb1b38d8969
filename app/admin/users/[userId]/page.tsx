import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Stat, StatGrid } from "@/components/ui/stat";
import { Money } from "@/components/ui/money";
import { Alert } from "@/components/ui/alert";
import { Notice } from "@/components/ui/notice";
import { StatusBadge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { RoleList } from "@/components/admin/role-list";
import { RolesForm, SuspensionControl } from "@/components/admin/user-controls";
import { requirePageUser } from "@/lib/auth/session";
import { userProfile } from "@/lib/admin/users";
import { hrefWith } from "../../search-params";

export const metadata: Metadata = { title: "User" };

export default async function UserPage({ params, searchParams }: { params: Promise<{ userId: string }>; searchParams: Promise<{ notice?: string }> }) {
  const { userId } = await params;
  const admin = await requirePageUser("admin", `/admin/users/${userId}`);
  const profile = await userProfile(admin.id, userId);
  if (!profile) notFound();
  const { user, balances } = profile;
  const suspended = user.status === "Suspended";
  return (
    <div className="space-y-6">
      <PageHeader title={user.name} description={`${user.email} · worker id ${user.id} · joined ${formatDate(user.createdAt)}${user.lastActiveAt ? ` · last active ${formatDateTime(user.lastActiveAt)}` : ""}`} backHref="/admin/users" backLabel="Users" actions={user.id !== admin.id && <SuspensionControl userId={user.id} name={user.name} suspended={suspended} />} />
      <Notice code={(await searchParams).notice} />
      {suspended && <Alert tone="warning" title="Suspended">{user.statusReason ?? "No reason recorded."}</Alert>}
      <div className="flex flex-wrap items-center gap-3 text-sm"><RoleList user={user} /><StatusBadge status={user.status} />{profile.liveKeys > 0 && <span className="text-muted">{profile.liveKeys} live API key(s)</span>}</div>
      <StatGrid>
        <Stat label="Requester available" value={<Money cents={balances.requesterAvailableCents} />} />
        <Stat label="In escrow" value={<Money cents={balances.requesterEscrowCents} />} />
        <Stat label="Worker balance" value={<Money cents={balances.workerAvailableCents} />} hint={Object.entries(profile.assignmentCounts).map(([s, n]) => `${n} ${s.toLowerCase()}`).join(", ") || "No assignments"} />
      </StatGrid>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title="Recent assignments" />
          {profile.assignments.length === 0 ? <div className="p-5"><EmptyState title="No assignments" description="Work this user accepted appears here." /></div> : (
            <Table caption="Recent assignments">
              <THead><Tr><Th>Accepted</Th><Th>HIT</Th><Th className="text-right">Reward</Th><Th>Status</Th></Tr></THead>
              <TBody>{profile.assignments.map((a) => <Tr key={a.id}><Td className="whitespace-nowrap">{formatDateTime(a.acceptedAt)}</Td><Td>{a.hit.hitType.title}</Td><Td className="text-right"><Money cents={a.hit.rewardCents} /></Td><Td><StatusBadge status={a.status} /></Td></Tr>)}</TBody>
            </Table>
          )}
        </Card>
        <Card>
          <CardHeader title="Recent HITs" />
          {profile.hits.length === 0 ? <div className="p-5"><EmptyState title="No HITs" description="HITs this user posts as a requester appear here." /></div> : (
            <Table caption="Recent HITs">
              <THead><Tr><Th>Created</Th><Th>Title</Th><Th className="text-right">Escrow</Th><Th>Status</Th></Tr></THead>
              <TBody>{profile.hits.map((h) => <Tr key={h.id}><Td className="whitespace-nowrap">{formatDateTime(h.createdAt)}</Td><Td>{h.hitType.title}<div className="text-xs text-muted">{h.numCompleted} of {h.maxAssignments} done</div></Td><Td className="text-right"><Money cents={h.escrowCents} /></Td><Td><StatusBadge status={h.status} /></Td></Tr>)}</TBody>
            </Table>
          )}
        </Card>
        <Card>
          <CardHeader title="Money" description={<Link href={hrefWith("/admin/ledger", { account: user.id })} className="underline">All transactions in the ledger</Link>} />
          {profile.transactions.length === 0 ? <div className="p-5"><EmptyState title="No money moved yet" description="Deposits, escrow, payments and withdrawals appear here." /></div> : (
            <Table caption="Recent transactions">
              <THead><Tr><Th>When</Th><Th>What</Th><Th className="text-right">Net for them</Th></Tr></THead>
              <TBody>{profile.transactions.map((t) => <Tr key={t.id}><Td className="whitespace-nowrap">{formatDateTime(t.createdAt)}</Td><Td className="text-sm">{t.memo}</Td><Td className="text-right"><Money cents={t.netCents} /></Td></Tr>)}</TBody>
            </Table>
          )}
        </Card>
        <Card>
          <CardHeader title="Blocks received" description="Requesters who blocked this worker, and why." />
          {profile.blocks.length === 0 ? <div className="p-5"><EmptyState title="No blocks" description="No requester has blocked this worker." /></div> : (
            <ul className="divide-y divide-border">{profile.blocks.map((b) => <li key={b.requester.id} className="px-5 py-3 text-sm"><Link href={`/admin/users/${b.requester.id}`} className="font-medium hover:underline">{b.requester.name}</Link> · {formatDate(b.createdAt)}<div className="text-muted">{b.reason}</div></li>)}</ul>
          )}
        </Card>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title="Roles" description={user.id === admin.id ? "You cannot remove your own admin role." : "Changes take effect on their next page load."} />
          <CardBody><RolesForm userId={user.id} roles={user} /></CardBody>
        </Card>
        <Card>
          <CardHeader title="Admin history" description={<Link href={hrefWith("/admin/audit", { subjectId: user.id })} className="underline">Search the audit log</Link>} />
          {profile.history.length === 0 ? <div className="p-5"><EmptyState title="No admin actions yet" description="Suspensions and role changes appear here." /></div> : (
            <ul className="divide-y divide-border">{profile.history.map((h) => <li key={h.id} className="px-5 py-3 text-sm"><span className="font-medium">{h.action}</span> · {formatDateTime(h.createdAt)}{h.reason && <div className="text-muted">{h.reason}</div>}</li>)}</ul>
          )}
        </Card>
      </div>
    </div>
  );
}
