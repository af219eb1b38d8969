import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { Money } from "@/components/ui/money";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Card, CardHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/badge";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/session";
import { balancesOf } from "@/lib/money/queries";
import { requesterHits } from "@/lib/hits/queries";
import { platformMessagesOf } from "@/lib/workers/inbox";
import { PlatformMessages } from "@/components/requester/platform-messages";

export const metadata: Metadata = { title: "Requester" };

export default async function RequesterHome() {
  const user = await requirePageUser("requester", "/requester");
  const [balances, hits, fromPiecework] = await Promise.all([balancesOf(user.id), requesterHits(user.id), platformMessagesOf(user.id)]);
  const toReview = hits.reduce((s, h) => s + h.numSubmitted, 0);
  const live = hits.filter((h) => h.effectiveStatus === "Assignable").length;
  return (
    <div className="space-y-6">
      <PageHeader title={`Welcome, ${user.name}`} actions={<ButtonLink href="/requester/hits/new">Create a HIT</ButtonLink>} />
      <StatGrid>
        <Stat label="Available funds" value={<Money cents={balances.requesterAvailableCents} />} hint={<Link href="/requester/funds">Add funds</Link>} />
        <Stat label="On hold" value={<Money cents={balances.requesterEscrowCents} />} />
        <Stat label="Live HITs" value={live} />
        <Stat label="Awaiting your review" value={toReview} tone={toReview > 0 ? "warning" : "neutral"} hint={toReview > 0 ? <Link href="/requester/review">Review now</Link> : undefined} />
      </StatGrid>
      <PlatformMessages messages={fromPiecework} />
      <Card>
        <CardHeader title="Recent HITs" actions={<ButtonLink href="/requester/hits" variant="ghost" size="sm">All HITs</ButtonLink>} />
        {hits.length === 0 ? (
          <div className="p-5">
            <EmptyState
              title="Post your first HIT"
              description={balances.requesterAvailableCents === 0 ? "Start by adding funds, then create a HIT with the form builder." : "Create a HIT with the form builder; workers can start right away."}
              action={<ButtonLink href={balances.requesterAvailableCents === 0 ? "/requester/funds" : "/requester/hits/new"}>{balances.requesterAvailableCents === 0 ? "Add funds" : "Create a HIT"}</ButtonLink>}
            />
          </div>
        ) : (
          <Table caption="Recent HITs">
            <THead><Tr><Th>Title</Th><Th>Status</Th><Th className="text-right">To review</Th><Th className="text-right">Reviewed</Th></Tr></THead>
            <TBody>
              {hits.slice(0, 8).map((h) => (
                <Tr key={h.id}>
                  <Td><Link href={`/requester/hits/${h.id}`}>{h.hitType.title}</Link></Td>
                  <Td><StatusBadge status={h.effectiveStatus} /></Td>
                  <Td className="text-right tabular-nums">{h.numSubmitted}</Td>
                  <Td className="text-right tabular-nums">{h.numCompleted}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
