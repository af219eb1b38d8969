// Every requirement of a HIT group on its preview, met or not, so a worker sees the whole bar at once
// (the alert above the preview explains only what they are missing).
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { describeRequirement } from "@/lib/qualifications/describe";
import type { EvaluatedRequirement } from "@/lib/qualifications/requirements";

export function RequirementList({ requirements }: { requirements: EvaluatedRequirement[] }) {
  if (requirements.length === 0) return null;
  return (
    <Card aria-labelledby="requirements-title">
      <CardHeader title={<span id="requirements-title">Qualifications required</span>} />
      <CardBody>
        <ul className="space-y-2 text-sm">
          {requirements.map((r, i) => (
            <li key={i} className="flex flex-wrap items-center justify-between gap-2">
              <span>
                <strong>{r.name}</strong>: {describeRequirement(r)}
              </span>
              {r.met ? <Badge tone="success">You qualify</Badge> : <Badge tone="warning">You don&apos;t qualify yet</Badge>}
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
