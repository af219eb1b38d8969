import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { Money } from "@/components/ui/money";
import { ButtonLink } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { formatDuration, formatRelative } from "@/components/ui/format";
import { GroupFilters } from "@/components/work/group-filters";
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
          {groups.map((g) => (
            <li key={g.hitTypeId}>
              <Card className="p-4 sm:p-5">
                <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                  <div className="min-w-0">
                    <h2 className="font-semibold">
                      <Link href={`/work/groups/${g.hitTypeId}`}>{g.title}</Link>
                    </h2>
                    <p className="text-sm text-muted">by {g.requesterName}</p>
                    <p className="mt-2 line-clamp-2 text-sm">{g.description}</p>
                  </div>
                  <div className="shrink-0 sm:text-right">
                    <p className="text-lg font-semibold"><Money cents={g.rewardCents} /></p>
                    <p className="text-xs text-muted">per assignment</p>
                    <p className="mt-1 text-sm font-medium" title={g.hourlyBasis === "median" ? "Reward over the median time workers took" : "Reward over the time allotted (no submissions yet)"}>
                      ≈ <Money cents={g.hourlyCents} />/h{" "}
                      <Badge tone={g.hourlyBasis === "median" ? "success" : "neutral"}>{g.hourlyBasis === "median" ? "measured" : "from time allotted"}</Badge>
                    </p>
                  </div>
                </div>
                <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
                  <div><dt className="inline">Time allotted: </dt><dd className="inline text-fg">{formatDuration(g.assignmentDurationSeconds)}</dd></div>
                  <div><dt className="inline">HITs available: </dt><dd className="inline text-fg">{g.hitsAvailable}</dd></div>
                  {g.expiresAt && <div><dt className="inline">Expires: </dt><dd className="inline text-fg">{formatRelative(g.expiresAt, t)}</dd></div>}
                  {g.keywords && <div className="min-w-0 truncate"><dt className="inline">Keywords: </dt><dd className="inline text-fg">{g.keywords}</dd></div>}
                </dl>
                <div className="mt-4">
                  <ButtonLink href={`/work/groups/${g.hitTypeId}`} size="sm" variant="secondary" aria-label={`Preview ${g.title}`}>Preview</ButtonLink>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} hasMore={hasMore} href={(p) => pageHref(query, p)} />
    </div>
  );
}
