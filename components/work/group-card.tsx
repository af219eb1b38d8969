import Link from "next/link";
import { formatCents, formatDuration, formatRelative } from "@/components/ui/format";
import type { listHitGroups } from "@/lib/hits/groups";

export type HitGroup = Awaited<ReturnType<typeof listHitGroups>>["groups"][number];

// One card per HIT group, twenty to a page, on the page workers open most. Every element and class here
// is paid for twice per request (in the HTML and in the RSC payload that hydrates it), so the card is
// flat: the list item is the card, the facts list styles its terms from the parent, text is formatted
// here into single strings, and only the two links are client components.
const dl = "mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted [&_dd]:inline [&_dd]:text-fg [&_dt]:inline";
const badge = "ml-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset";
const measured = `${badge} bg-success/10 text-success ring-success/25`;
const allotted = `${badge} bg-surface-muted text-muted ring-border-strong/70`;
const preview = "mt-4 inline-flex h-8 items-center rounded-lg border border-border-strong px-3 text-sm font-medium text-fg no-underline shadow-xs hover:bg-surface-muted";

export function GroupCard({ group: g, now }: { group: HitGroup; now: Date }) {
  const href = `/work/groups/${g.hitTypeId}`;
  const isMeasured = g.hourlyBasis === "median";
  return (
    <li className="rounded-xl border border-border bg-surface p-4 shadow-sm sm:p-5">
      <div className="flex flex-col gap-3 sm:flex-row sm:justify-between">
        <div className="min-w-0">
          <h2 className="font-semibold"><Link href={href}>{g.title}</Link></h2>
          <p className="text-sm text-muted">{`by ${g.requesterName}`}</p>
          <p className="mt-2 line-clamp-2 text-sm">{g.description}</p>
        </div>
        <p className="shrink-0 text-xs text-muted tabular-nums sm:text-right">
          <span className="block text-lg font-semibold whitespace-nowrap text-fg">{formatCents(g.rewardCents)}</span>
          per assignment
          <span className="mt-1 block text-sm font-medium text-fg" title={isMeasured ? "Reward over the median time workers took" : "Reward over the time allotted (no submissions yet)"}>
            {`≈ ${formatCents(g.hourlyCents)}/h`}
            <span className={isMeasured ? measured : allotted}>{isMeasured ? "measured" : "from time allotted"}</span>
          </span>
        </p>
      </div>
      <dl className={dl}>
        <div><dt>Time allotted:</dt> <dd>{formatDuration(g.assignmentDurationSeconds)}</dd></div>
        <div><dt>HITs available:</dt> <dd>{g.hitsAvailable}</dd></div>
        {g.expiresAt && <div><dt>Expires:</dt> <dd>{formatRelative(g.expiresAt, now)}</dd></div>}
        {g.keywords && <div className="min-w-0 truncate"><dt>Keywords:</dt> <dd>{g.keywords}</dd></div>}
      </dl>
      <Link href={href} className={preview} aria-label={`Preview ${g.title}`}>Preview</Link>
    </li>
  );
}
