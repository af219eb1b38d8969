import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { Money } from "@/components/ui/money";
import { ButtonLink } from "@/components/ui/button";
import { formatDuration, formatRelative } from "@/components/ui/format";
import { requirePageUser } from "@/lib/auth/session";
import { listHitGroups } from "@/lib/hits/queries";
import { now } from "@/lib/clock";

export const metadata: Metadata = { title: "Find HITs" };

export default async function HitGroupsPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const user = await requirePageUser("worker", "/work");
  const { q, page } = await searchParams;
  const pageNo = Math.max(1, Number(page) || 1);
  const { groups, hasMore } = await listHitGroups(user.id, { search: q, page: pageNo });
  const t = now();

  return (
    <div className="space-y-6">
      <PageHeader title="Find HITs" description="HIT groups open to you, newest first. Preview one to see the task before you accept it." />
      <form role="search" className="flex gap-2" action="/work">
        <label htmlFor="q" className="sr-only">
          Search HITs
        </label>
        <input
          id="q"
          name="q"
          defaultValue={q}
          placeholder="Search titles, descriptions and keywords"
          className="block h-10 w-full max-w-md rounded-lg border border-border-strong bg-surface px-3 text-sm"
        />
        <button type="submit" className="h-10 rounded-lg border border-border-strong bg-surface px-4 text-sm font-medium hover:bg-surface-muted">
          Search
        </button>
      </form>

      {groups.length === 0 ? (
        <EmptyState
          title={q ? `No HITs match “${q}”` : "No HITs available right now"}
          description={q ? "Try fewer or different words." : "New work appears here as soon as requesters post it. Check back soon."}
          action={q ? <ButtonLink href="/work" variant="secondary">Clear search</ButtonLink> : undefined}
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
                  <div className="shrink-0 text-left sm:text-right">
                    <p className="text-lg font-semibold">
                      <Money cents={g.rewardCents} />
                    </p>
                    <p className="text-xs text-muted">per assignment</p>
                  </div>
                </div>
                <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
                  <div>
                    <dt className="inline">Time allotted: </dt>
                    <dd className="inline text-fg">{formatDuration(g.assignmentDurationSeconds)}</dd>
                  </div>
                  <div>
                    <dt className="inline">HITs available: </dt>
                    <dd className="inline text-fg">{g.hitsAvailable}</dd>
                  </div>
                  {g.expiresAt && (
                    <div>
                      <dt className="inline">Expires: </dt>
                      <dd className="inline text-fg">{formatRelative(g.expiresAt, t)}</dd>
                    </div>
                  )}
                </dl>
                <div className="mt-4">
                  <ButtonLink href={`/work/groups/${g.hitTypeId}`} size="sm" variant="secondary" aria-label={`Preview ${g.title}`}>
                    Preview
                  </ButtonLink>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
      {(pageNo > 1 || hasMore) && (
        <nav aria-label="Pages" className="flex justify-between">
          {pageNo > 1 ? <ButtonLink variant="secondary" href={`/work?${new URLSearchParams({ ...(q ? { q } : {}), page: String(pageNo - 1) })}`}>Previous</ButtonLink> : <span />}
          {hasMore && <ButtonLink variant="secondary" href={`/work?${new URLSearchParams({ ...(q ? { q } : {}), page: String(pageNo + 1) })}`}>Next</ButtonLink>}
        </nav>
      )}
    </div>
  );
}
