import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { StatusBadge } from "@/components/ui/badge";
import { Money } from "@/components/ui/money";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { formatDateTime } from "@/components/ui/format";
import { requirePageUser } from "@/lib/auth/session";
import { requesterHits } from "@/lib/hits/queries";

export const metadata: Metadata = { title: "HITs" };

export default async function HitsPage() {
  const user = await requirePageUser("requester", "/requester/hits");
  const hits = await requesterHits(user.id);
  return (
    <div className="space-y-6">
      <PageHeader title="Your HITs" actions={<ButtonLink href="/requester/hits/new">Create a HIT</ButtonLink>} />
      {hits.length === 0 ? (
        <EmptyState title="No HITs yet" description="Create your first HIT and workers can start on it right away." action={<ButtonLink href="/requester/hits/new">Create a HIT</ButtonLink>} />
      ) : (
        <Table caption="Your HITs">
          <THead>
            <Tr>
              <Th>Title</Th>
              <Th>Status</Th>
              <Th className="text-right">Available</Th>
              <Th className="text-right">In progress</Th>
              <Th className="text-right">To review</Th>
              <Th className="text-right">Reviewed</Th>
              <Th className="text-right">Reward</Th>
              <Th>Expires</Th>
            </Tr>
          </THead>
          <TBody>
            {hits.map((h) => (
              <Tr key={h.id}>
                <Td><Link href={`/requester/hits/${h.id}`}>{h.hitType.title}</Link></Td>
                <Td><StatusBadge status={h.effectiveStatus} /></Td>
                <Td className="text-right tabular-nums">{h.numAvailable}</Td>
                <Td className="text-right tabular-nums">{h.numPending}</Td>
                <Td className="text-right tabular-nums">{h.numSubmitted}</Td>
                <Td className="text-right tabular-nums">{h.numCompleted}</Td>
                <Td className="text-right tabular-nums"><Money cents={h.rewardCents} /></Td>
                <Td className="whitespace-nowrap">{formatDateTime(h.expiresAt)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
