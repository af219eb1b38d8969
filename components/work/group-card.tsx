import Link from "next/link";
import { formatCents, formatDuration, formatRelative } from "@/components/ui/format";
import type { listHitGroups } from "@/lib/hits/groups";

export type HitGroup = Awaited<ReturnType<typeof listHitGroups>>["groups"][number];

// One card per HIT group, twenty to a page, on the page workers open most. Every element and class here
// is paid for twice per request (in the HTML and in the RSC payload that hydrates it), so the card is
// flat (the list item is the card), its styles are the short .hit-group classes of app/globals.css, text
// is formatted here into single strings, and only the two links are client components.
export function GroupCard({ group: g, now }: { group: HitGroup; now: Date }) {
  const href = `/work/groups/${g.hitTypeId}`;
  const measured = g.hourlyBasis === "median";
  return (
    <li className="hit-group">
      <div className="hit-group-head">
        <div className="min-w-0">
          <h2 className="font-semibold"><Link href={href}>{g.title}</Link></h2>
          <p className="text-sm text-muted">{`by ${g.requesterName}`}</p>
          <p className="mt-2 line-clamp-2 text-sm">{g.description}</p>
        </div>
        <p className="hit-group-pay">
          <b>{formatCents(g.rewardCents)}</b>
          per assignment
          <span title={measured ? "Reward over the median time workers took" : "Reward over the time allotted (no submissions yet)"}>
            {`≈ ${formatCents(g.hourlyCents)}/h`}
            <span className="hit-group-basis" data-measured={measured || undefined}>{measured ? "measured" : "from time allotted"}</span>
          </span>
        </p>
      </div>
      <dl className="hit-group-facts">
        <div><dt>Time allotted:</dt> <dd>{formatDuration(g.assignmentDurationSeconds)}</dd></div>
        <div><dt>HITs available:</dt> <dd>{g.hitsAvailable}</dd></div>
        {g.expiresAt && <div><dt>Expires:</dt> <dd>{formatRelative(g.expiresAt, now)}</dd></div>}
        {g.keywords && <div className="min-w-0 truncate"><dt>Keywords:</dt> <dd>{g.keywords}</dd></div>}
      </dl>
      <Link href={href} className="hit-group-preview" aria-label={`Preview ${g.title}`}>Preview</Link>
    </li>
  );
}
