import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { GroupFilters } from "@/components/work/group-filters";
import { GroupCard } from "@/components/work/group-card";
import { requirePageUser } from "@/lib/auth/session";
import { listHitGroups, groupQuerySchema, type GroupQuery } from "@/lib/hits/groups";
import { now } from "@/lib/clock";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Find HITs" };

function pageHref(query: GroupQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, page })) if (v !== undefined && v !== "" && !(k === "page" && v === 1)) params.set(k, String(v));
  const s = params.toString();
  return s ? `/work?${s}` : "/work";
}

export default async function HitGroupsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("worker", "/work");
  const raw = await searchParams;
  const query = groupQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const { groups, hasMore, page } = await listHitGroups(user.id, query);
  const t = now();
  const filtered = Boolean(query.q || query.minReward || query.minHourly);

  return (
    <div className="space-y-6">
      <PageHeader title="Find HITs" description="HIT groups open to you. The hourly pay is an estimate from how long workers really took, so you know before you start." />
      <GroupFilters query={query} />
      {groups.length === 0 ? (
        <EmptyState
          title={filtered ? "No HITs match these filters" : "No HITs available right now"}
          description={filtered ? "Try fewer words or lower minimums." : "New work appears here as soon as requesters post it. Check back soon."}
          action={filtered ? <ButtonLink href="/work" variant="secondary">Clear filters</ButtonLink> : undefined}
        />
      ) : (
        <ul className="space-y-3" aria-label="HIT groups">
          {groups.map((g) => <GroupCard key={g.hitTypeId} group={g} now={t} />)}
        </ul>
      )}
      <Pager page={page} hasMore={hasMore} href={(p) => pageHref(query, p)} />
    </div>
  );
}
