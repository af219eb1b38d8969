import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { Money } from "@/components/ui/money";
import { formatRelative } from "@/components/ui/format";
import { requirePageUser } from "@/lib/auth/session";
import { workerQueue } from "@/lib/assignments/queries";
import { now } from "@/lib/clock";

export const metadata: Metadata = { title: "My queue" };

export default async function QueuePage({ searchParams }: { searchParams: Promise<{ submitted?: string; returned?: string }> }) {
  const user = await requirePageUser("worker", "/work/assignments");
  const sp = await searchParams;
  const t = now();
  const queue = await workerQueue(user.id, t);
  return (
    <div className="space-y-6">
      <PageHeader title="My queue" description="HITs you have accepted and not yet submitted, the nearest deadline first." />
      {sp.submitted && <Alert tone="success" title="Submitted">Your work was submitted. The requester will review it; you can follow it on your dashboard.</Alert>}
      {sp.returned && <Alert tone="info">The HIT was returned and is open to other workers again.</Alert>}
      {queue.length === 0 ? (
        <EmptyState title="Your queue is empty" description="Accept a HIT and it will wait for you here until its deadline." action={<ButtonLink href="/work">Find HITs</ButtonLink>} />
      ) : (
        <Table caption="Accepted assignments">
          <THead>
            <Tr>
              <Th>HIT</Th>
              <Th className="text-right">Reward</Th>
              <Th>Deadline</Th>
            </Tr>
          </THead>
          <TBody>
            {queue.map((a) => (
              <Tr key={a.id}>
                <Td>
                  <Link href={`/work/assignments/${a.id}`}>{a.hit.hitType.title}</Link>
                </Td>
                <Td className="text-right tabular-nums"><Money cents={a.hit.rewardCents} /></Td>
                <Td>{formatRelative(a.deadline, t)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
