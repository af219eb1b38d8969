import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import type { findQualificationTypes } from "@/lib/qualifications/worker-view";
import { qualificationTypeHref } from "./qualification-paths";
import { StandingBadge } from "./qualification-standing";
import { howToGet } from "./qualification-how";

type Found = Awaited<ReturnType<typeof findQualificationTypes>>["items"];

/** The requestable types found, each with who owns it, how it is obtained and where the worker stands. */
export function FindQualificationsList({ items }: { items: Found }) {
  return (
    <ul className="space-y-3" aria-label="Qualifications you can request">
      {items.map((t) => (
        <li key={t.id}>
          <Card className="p-4 sm:p-5">
            <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <h3 className="font-semibold">
                  <Link href={qualificationTypeHref(t.id)}>{t.name}</Link>
                </h3>
                <p className="text-sm text-muted">by {t.ownerName ?? "Piecework"}</p>
                <p className="mt-2 line-clamp-2 text-sm">{t.description}</p>
              </div>
              <div className="shrink-0">
                <StandingBadge standing={t.standing} />
              </div>
            </div>
            <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
              <div>
                <dt className="sr-only">How you get it</dt>
                <dd className="inline-flex items-center gap-2 text-fg">
                  <Badge tone={t.hasTest ? "info" : "neutral"}>{t.hasTest ? "Test" : "No test"}</Badge>
                  {howToGet(t)}
                </dd>
              </div>
              {t.keywords && (
                <div className="min-w-0 truncate">
                  <dt className="inline">Keywords: </dt>
                  <dd className="inline text-fg">{t.keywords}</dd>
                </div>
              )}
            </dl>
            <div className="mt-4">
              <ButtonLink href={qualificationTypeHref(t.id)} size="sm" variant="secondary" aria-label={`View ${t.name}`}>
                View
              </ButtonLink>
            </div>
          </Card>
        </li>
      ))}
    </ul>
  );
}
