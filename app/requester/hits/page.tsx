import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { StatusBadge } from "@/components/ui/badge";
import { Money } from "@/components/ui/money";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { formatDateTime } from "@/components/ui/format";
import { HitFilters } from "@/components/requester/hit-filters";
import { HitProgress } from "@/components/requester/hit-progress";
import { requirePageUser } from "@/lib/auth/session";
import { requesterHits } from "@/lib/hits/queries";
import { hitListFiltersSchema, isFiltered, toQueryFilters } from "./filters";

export const metadata: Metadata = { title: "HITs" };

export default async function HitsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("requester", "/requester/hits");
  const { notice, ...query } = await searchParams;
  const filters = hitListFiltersSchema.parse(query);
  const hits = await requesterHits(user.id, toQueryFilters(filters));
  const filtered = isFiltered(filters);

  return (
    <div className="space-y-6">
      <PageHeader title="Your HITs" description="Every HIT you posted and where its assignments are. Deleted HITs are not listed." actions={<ButtonLink href="/requester/hits/new">Create a HIT</ButtonLink>} />
      <Notice code={notice} />
      {(hits.length > 0 || filtered) && <HitFilters filters={filters} />}
      {hits.length === 0 ? (
        filtered ? (
          <EmptyState title="No HITs match these filters" description="Try another status, fewer words, or clear the filters." action={<ButtonLink href="/requester/hits" variant="secondary">Clear filters</ButtonLink>} />
        ) : (
          <EmptyState title="No HITs yet" description="Create your first HIT and workers can start on it right away." action={<ButtonLink href="/requester/hits/new">Create a HIT</ButtonLink>} />
        )
      ) : (
        <Card>
          <Table caption="Your HITs">
            <THead>
              <Tr>
                <Th>Title</Th>
                <Th>Status</Th>
                <Th className="hidden w-72 md:table-cell">Progress</Th>
                <Th className="hidden text-right md:table-cell">Reward</Th>
                <Th className="hidden md:table-cell">Expires (UTC)</Th>
              </Tr>
            </THead>
            <TBody>
              {hits.map((h) => (
                <Tr key={h.id}>
                  <Td className="max-w-xs min-w-44">
                    <Link href={`/requester/hits/${h.id}`} className="font-medium break-words">{h.hitType.title}</Link>
                    {h.numSubmitted > 0 && <div className="text-xs text-warning">{h.numSubmitted} to review</div>}
                    {/* On a phone the progress and figures fold under the title instead of taking columns. */}
                    <div className="mt-2 space-y-1 md:hidden">
                      <HitProgress hit={h} legend={false} />
                      <p className="text-xs text-muted"><Money cents={h.rewardCents} /> · expires {formatDateTime(h.expiresAt)} UTC</p>
                    </div>
                  </Td>
                  <Td className="align-top md:align-middle"><StatusBadge status={h.effectiveStatus} /></Td>
                  <Td className="hidden md:table-cell"><HitProgress hit={h} /></Td>
                  <Td className="hidden text-right tabular-nums md:table-cell"><Money cents={h.rewardCents} /></Td>
                  <Td className="hidden whitespace-nowrap text-muted md:table-cell">{formatDateTime(h.expiresAt)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </Card>
      )}
    </div>
  );
}
