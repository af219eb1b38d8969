// The requirements of a HIT's type, read-only on the requester's HIT page: who may work on it, in words.
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requirementSentence } from "@/lib/qualifications/describe";
import type { namedRequirementsOfHitType } from "@/lib/qualifications/requirements";

type Named = Awaited<ReturnType<typeof namedRequirementsOfHitType>>;

export function HitRequirements({ requirements }: { requirements: Named }) {
  return (
    <Card aria-labelledby="hit-requirements-title">
      <CardHeader title={<span id="hit-requirements-title">Worker requirements</span>} description="Set when the HIT was created; they apply to every HIT of this type." />
      <CardBody>
        {requirements.length === 0 ? (
          <p className="text-sm text-muted">None: any worker can find, preview and accept this HIT.</p>
        ) : (
          <ol className="list-decimal space-y-2 pl-5 text-sm">
            {requirements.map((r, i) => (
              <li key={i}>
                {requirementSentence(r.name, r)}
                {r.typeStatus !== "Active" && (
                  <Badge tone="warning" className="ml-2">{r.typeStatus === "Disposing" ? "Type deleted" : "Type inactive"}</Badge>
                )}
              </li>
            ))}
          </ol>
        )}
      </CardBody>
    </Card>
  );
}
