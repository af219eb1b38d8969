import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatCents, formatDateTime, formatDuration } from "@/components/ui/format";
import { disposalRefusal } from "@/lib/hits/disposal";
import { isLive, type HitStatus } from "@/lib/hits/status";
import { AddAssignmentsForm, ChangeHitTypeForm, DeleteHitDialog, ExpirationForm, ExpireHitDialog, ReviewStatusButton } from "./hit-management-forms";

type Hit = {
  id: string;
  status: string;
  effectiveStatus: HitStatus;
  expiresAt: Date;
  maxAssignments: number;
  numAvailable: number;
  numPending: number;
  numSubmitted: number;
  hitTypeId: string;
  hitType: { title: string };
};
type HitType = { id: string; title: string; rewardCents: number; assignmentDurationSeconds: number };

function Section({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <section className="min-w-0 space-y-3 rounded-lg border border-border p-4">
      <div>
        <h3 className="text-sm font-semibold">{title}</h3>
        {description && <p className="mt-0.5 text-sm text-muted">{description}</p>}
      </div>
      {children}
    </section>
  );
}

/** What the requester can do with a posted HIT; each control only where the domain would allow it. */
export function HitManageCard({ hit, types, at }: { hit: Hit; types: HitType[]; at: Date }) {
  const live = isLive(hit, at);
  const refusal = disposalRefusal(hit, at);
  const otherTypes = types.filter((t) => t.id !== hit.hitTypeId);
  return (
    <Card>
      <CardHeader title="Manage this HIT" />
      <CardBody className="grid gap-4 lg:grid-cols-2">
        <Section title="Expiration" description={live ? `Expires ${formatDateTime(hit.expiresAt)} UTC.` : `Expired ${formatDateTime(hit.expiresAt)} UTC. Set a later time to open its unused assignments again.`}>
          <ExpirationForm hitId={hit.id} expiresAt={hit.expiresAt} />
          {live && <ExpireHitDialog hitId={hit.id} openSlots={hit.numAvailable} />}
        </Section>
        <Section title="Assignments" description="Ask more workers to do this HIT.">
          <AddAssignmentsForm hitId={hit.id} maxAssignments={hit.maxAssignments} />
        </Section>
        {(hit.effectiveStatus === "Reviewable" || hit.effectiveStatus === "Reviewing") && (
          <Section
            title="Review status"
            description={hit.effectiveStatus === "Reviewable" ? "Mark it Reviewing while you check results elsewhere; revert any time." : "Marked Reviewing. Revert it to Reviewable when you are done."}
          >
            <ReviewStatusButton hitId={hit.id} revert={hit.effectiveStatus === "Reviewing"} />
          </Section>
        )}
        <Section title="HIT type" description={`Currently “${hit.hitType.title}”.`}>
          {otherTypes.length > 0 ? (
            <ChangeHitTypeForm hitId={hit.id} types={otherTypes.map((t) => ({ id: t.id, label: `${t.title} · ${formatCents(t.rewardCents)} · ${formatDuration(t.assignmentDurationSeconds)}` }))} />
          ) : (
            <p className="text-sm text-muted">You have no other HIT types. A HIT created with another title, reward or times makes one.</p>
          )}
        </Section>
        <Section title="Delete" description={refusal ? <>Not yet: {refusal}</> : "It is expired or used up, with nothing in progress or to review."}>
          {!refusal && <DeleteHitDialog hitId={hit.id} title={hit.hitType.title} />}
        </Section>
      </CardBody>
    </Card>
  );
}
