import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/badge";
import { Stat, StatGrid } from "@/components/ui/stat";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { formatDate, formatDuration } from "@/components/ui/format";
import { howGranted, retryLabel } from "@/components/requester/qualification-labels";
import { SettingsForm, TestForm } from "@/components/requester/qualification-settings-forms";
import { DeleteQualificationTypeDialog } from "@/components/requester/qualification-delete-dialog";
import { QualificationHolders } from "@/components/requester/qualification-holders";
import { BulkGrantForm, GrantForm } from "@/components/requester/qualification-grant-forms";
import { QualificationRequests } from "@/components/requester/qualification-requests";
import { requirePageUser } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { qualificationTypeWithCounts } from "@/lib/qualifications/queries";
import { workersWithQualification } from "@/lib/qualifications/grants";
import { pendingRequestsForOwner } from "@/lib/qualifications/requests";
import { typeIdSchema } from "./form-schema";

export const metadata: Metadata = { title: "Qualification type" };

const PAGE = 50;

/** The caller's own type, or the 404 every other requester gets (we do not say whether it exists). */
async function typeOf(ownerId: string, typeId: string) {
  if (!typeIdSchema.safeParse(typeId).success) notFound();
  try {
    return await qualificationTypeWithCounts(ownerId, typeId);
  } catch (e) {
    if (isDomainError(e) && e.code === "NotFound") notFound();
    throw e;
  }
}

export default async function QualificationTypePage({ params, searchParams }: { params: Promise<{ typeId: string }>; searchParams: Promise<{ notice?: string; page?: string }> }) {
  const { typeId } = await params;
  const { notice, page } = await searchParams;
  const here = `/requester/qualifications/${typeId}`;
  const user = await requirePageUser("requester", here);
  const type = await typeOf(user.id, typeId);
  const index = Math.max(Math.trunc(Number(page) || 1), 1);
  const [holders, requests] = await Promise.all([
    workersWithQualification(user.id, type.id, { take: PAGE, skip: (index - 1) * PAGE }),
    pendingRequestsForOwner(user.id, { qualificationTypeId: type.id, take: 100 }),
  ]);

  return (
    <div className="space-y-6">
      <PageHeader
        title={type.name}
        description={<span className="font-mono text-xs break-all">Qualification type {type.id}</span>}
        backHref="/requester/qualifications"
        backLabel="Qualification types"
        actions={
          <>
            <StatusBadge status={type.status} />
            <DeleteQualificationTypeDialog typeId={type.id} name={type.name} pending={type.pendingRequestCount} />
          </>
        }
      />
      <Notice code={notice} />
      <StatGrid>
        <Stat label="Workers holding it" value={type.grantedCount} />
        <Stat label="Revoked" value={type.revokedCount} />
        <Stat label="Pending requests" value={type.pendingRequestCount} tone={type.pendingRequestCount > 0 ? "warning" : "neutral"} />
        <Stat label="Requestable" value={type.isRequestable ? "Yes" : "No"} hint={type.isRequestable ? howGranted(type) : "Only you grant it"} />
      </StatGrid>

      <section aria-labelledby="requests" className="space-y-3">
        <h2 id="requests" className="text-lg font-semibold">Pending requests</h2>
        <QualificationRequests
          requests={requests.items}
          showType={false}
          returnTo={here}
          empty={<EmptyState title="No requests waiting" description={type.isRequestable ? "When a worker asks for this qualification, or submits its test and there is no answer key, the request appears here." : "Workers cannot request this type; tick “Workers can request it” in the settings to let them."} className="py-8" />}
        />
        {requests.hasMore && <p className="text-sm text-muted">Showing the oldest 100. <Link href="/requester/qualifications/requests">See all requests</Link>.</p>}
      </section>

      <Card>
        <CardHeader title="Workers" description="Grant the qualification yourself, change a worker's value, or revoke it with a reason they see." />
        <CardBody className="space-y-6">
          <section aria-labelledby="grant-one" className="space-y-2">
            <h3 id="grant-one" className="text-sm font-semibold">Grant to a worker</h3>
            <GrantForm typeId={type.id} />
          </section>
          <section aria-labelledby="grant-file" className="space-y-2">
            <h3 id="grant-file" className="text-sm font-semibold">Grant from a CSV file</h3>
            <BulkGrantForm typeId={type.id} />
          </section>
        </CardBody>
        {holders.items.length === 0 && index === 1 ? (
          <CardBody className="border-t border-border">
            <EmptyState title="Nobody holds it yet" description="Workers you grant it to, and workers whose requests or tests you accept, are listed here." className="py-8" />
          </CardBody>
        ) : (
          <div className="border-t border-border">
            <QualificationHolders typeId={type.id} holders={holders.items} />
            {(index > 1 || holders.hasMore) && (
              <nav aria-label="Pages of workers" className="flex justify-between border-t border-border px-5 py-3">
                {index > 1 ? <ButtonLink variant="secondary" size="sm" href={`${here}?page=${index - 1}`}>Previous</ButtonLink> : <span />}
                {holders.hasMore && <ButtonLink variant="secondary" size="sm" href={`${here}?page=${index + 1}`}>Next</ButtonLink>}
              </nav>
            )}
          </div>
        )}
      </Card>
      <Card>
        <CardHeader title="Settings" description="The name and keywords are fixed once a type is created (as on MTurk). To change them, create a new type." />
        <CardBody className="space-y-5">
          <dl className="grid gap-3 text-sm sm:grid-cols-3">
            <div><dt className="text-muted">Name</dt><dd className="break-words">{type.name}</dd></div>
            <div><dt className="text-muted">Keywords</dt><dd className="break-words">{type.keywords || <span className="text-muted">None</span>}</dd></div>
            <div><dt className="text-muted">Created</dt><dd>{formatDate(type.createdAt)}</dd></div>
            <div><dt className="text-muted">How it is granted</dt><dd>{howGranted(type)}</dd></div>
            <div><dt className="text-muted">Asking again</dt><dd>{retryLabel(type.retryDelaySeconds, formatDuration)}</dd></div>
            {type.testDurationSeconds !== null && <div><dt className="text-muted">Test duration</dt><dd>{formatDuration(type.testDurationSeconds)}</dd></div>}
          </dl>
          <SettingsForm type={type} />
        </CardBody>
      </Card>

      <Card>
        <CardHeader
          title="Test"
          description={
            type.test !== null
              ? "A test can be replaced but not removed. Changing it clears the answer key unless you give one again."
              : type.autoGranted
                ? "This type is granted automatically; switch that off in the settings before adding a test."
                : "No test: workers who ask wait for your decision. Add one to let them qualify by taking it."
          }
        />
        <CardBody>
          {type.test !== null ? (
            <details>
              <summary className="cursor-pointer text-sm font-medium">Edit or replace the test</summary>
              <div className="mt-4"><TestForm type={type} /></div>
            </details>
          ) : (
            <details>
              <summary className="cursor-pointer text-sm font-medium">Add a test</summary>
              <div className="mt-4"><TestForm type={type} /></div>
            </details>
          )}
        </CardBody>
      </Card>

    </div>
  );
}
