import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { StatusBadge } from "@/components/ui/badge";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { howGranted } from "@/components/requester/qualification-labels";
import { requirePageUser } from "@/lib/auth/session";
import { qualificationTypesOfOwner } from "@/lib/qualifications/types";

export const metadata: Metadata = { title: "Qualification types" };

export default async function QualificationTypesPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const { notice } = await searchParams;
  const user = await requirePageUser("requester", "/requester/qualifications");
  const types = await qualificationTypesOfOwner(user.id);
  const pending = types.reduce((n, t) => n + t.pendingRequestCount, 0);
  const create = <ButtonLink href="/requester/qualifications/new">New qualification type</ButtonLink>;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Qualification types"
        description="Qualifications you define, the workers who hold them, and the requests waiting for you. Require one in a HIT to choose who may work on it."
        actions={
          <>
            {types.length > 0 && (
              <ButtonLink href="/requester/qualifications/requests" variant="secondary">
                {pending > 0 ? `Requests (${pending} pending)` : "Requests"}
              </ButtonLink>
            )}
            {create}
          </>
        }
      />
      <Notice code={notice} />
      {types.length === 0 ? (
        <EmptyState
          title="No qualification types yet"
          description="A qualification type says something about a worker: they passed your test, or did good work for you before. Grant it yourself, let workers take a test, or grant it to whoever asks; then require it in your HITs so only those workers can do them."
          action={create}
        />
      ) : (
        <Card>
          <Table caption="Your qualification types">
            <THead>
              <Tr>
                <Th>Name</Th>
                <Th>Status</Th>
                <Th className="hidden md:table-cell">Requestable</Th>
                <Th className="hidden md:table-cell">How it is granted</Th>
                <Th className="text-right">Holders</Th>
                <Th className="text-right">Pending requests</Th>
              </Tr>
            </THead>
            <TBody>
              {types.map((t) => (
                <Tr key={t.id}>
                  <Td className="max-w-xs min-w-44">
                    <Link href={`/requester/qualifications/${t.id}`} className="font-medium break-words">{t.name}</Link>
                    <div className="text-xs text-muted md:hidden">{t.isRequestable ? "Requestable" : "Not requestable"} · {howGranted(t)}</div>
                  </Td>
                  <Td><StatusBadge status={t.status} /></Td>
                  <Td className="hidden md:table-cell">{t.isRequestable ? "Yes" : "No, you grant it"}</Td>
                  <Td className="hidden text-muted md:table-cell">{howGranted(t)}</Td>
                  <Td className="text-right tabular-nums">{t.grantedCount}</Td>
                  <Td className="text-right tabular-nums">
                    {t.pendingRequestCount > 0 ? (
                      <Link href={`/requester/qualifications/${t.id}#requests`} className="font-medium text-warning" aria-label={`${t.pendingRequestCount} pending requests for ${t.name}`}>{t.pendingRequestCount}</Link>
                    ) : (
                      <span className="text-muted">0</span>
                    )}
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </Card>
      )}
    </div>
  );
}
