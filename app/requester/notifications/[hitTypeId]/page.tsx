import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { NotificationSettingsForm, RotateSecretDialog, SendTestForm } from "@/components/requester/notification-forms";
import { DeliveryLog } from "@/components/requester/delivery-log";
import { requirePageUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/or-not-found";
import { ownHitType } from "@/lib/hits/hit-types";
import { notificationSettingsOf } from "@/lib/notifications/settings";
import { deliveryLog } from "@/lib/notifications/deliveries";
import { signingSecretOf } from "@/lib/notifications/secret";
import { mailDir, smtpConfigured } from "@/lib/notifications/transports/email";
import { SIGNATURE_HEADER } from "@/lib/notifications/signature";

export const metadata: Metadata = { title: "Notification settings" };

export default async function HitTypeNotificationsPage({ params, searchParams }: { params: Promise<{ hitTypeId: string }>; searchParams: Promise<{ notice?: string; before?: string }> }) {
  const { hitTypeId } = await params;
  const { notice, before } = await searchParams;
  const user = await requirePageUser("requester", `/requester/notifications/${hitTypeId}`);
  const type = await orNotFound(ownHitType(user.id, hitTypeId));
  const beforeSeq = Number(before);
  const [{ spec, active }, log, secret] = await Promise.all([
    notificationSettingsOf(user.id, hitTypeId),
    deliveryLog(user.id, hitTypeId, { before: Number.isInteger(beforeSeq) && beforeSeq > 0 ? beforeSeq : undefined }),
    signingSecretOf(user.id),
  ]);

  return (
    <div className="space-y-6">
      <PageHeader title={`Event delivery: ${type.title}`} description={<span className="font-mono text-xs break-all">HIT type {type.id}</span>} backHref="/requester/notifications" backLabel="All HIT types" />
      <Notice code={notice} />
      <div className="grid gap-6 lg:grid-cols-5">
        <Card className="min-w-0 lg:col-span-3">
          <CardHeader title="Settings" description={spec ? "Events of this HIT type are recorded when they happen and delivered in order, retried until they arrive." : "Nothing is sent yet. Choose where events go and which ones."} />
          <CardBody><NotificationSettingsForm hitTypeId={hitTypeId} spec={spec} active={active} /></CardBody>
        </Card>
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card>
            <CardHeader title="Send a test" description={spec ? `Sends one event now to ${spec.destination}, and shows the answer.` : "Save settings first; the test goes to the saved destination."} />
            <CardBody><SendTestForm hitTypeId={hitTypeId} /></CardBody>
          </Card>
          <Card>
            <CardHeader title="Webhook signature" description="Each POST carries the event JSON and a signature made with your secret; check it before trusting the body." />
            <CardBody className="space-y-3 text-sm">
              <p>
                Header <code className="font-mono">{SIGNATURE_HEADER}: t=&lt;unix time&gt;,v1=&lt;hex&gt;</code>, where v1 is the HMAC-SHA256 of <code className="font-mono">&lt;t&gt;.&lt;body&gt;</code> with this secret. <code className="font-mono">EventDocId</code> is the event&apos;s id: an event may arrive more than once, so skip ids you have seen.
              </p>
              <details className="rounded-lg border border-border p-2">
                <summary className="cursor-pointer font-medium">Show signing secret</summary>
                <code className="mt-2 block overflow-x-auto rounded bg-surface-muted px-2 py-1.5 font-mono text-xs" aria-label="Signing secret">{secret}</code>
                <p className="mt-1 text-xs text-muted">The same secret signs deliveries of all your HIT types.</p>
              </details>
              <RotateSecretDialog hitTypeId={hitTypeId} />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="Email" />
            <CardBody className="text-sm">
              {smtpConfigured() ? (
                <p>Messages go through the SMTP server this site is configured with.</p>
              ) : (
                <p>No SMTP server is configured (<code className="font-mono">PIECEWORK_SMTP_URL</code>), so each message is written as an .eml file in <code className="font-mono break-all">{mailDir()}</code> on the server.</p>
              )}
            </CardBody>
          </Card>
        </div>
      </div>
      <Card>
        <CardHeader title="Delivery log" description="Newest first. Each event shows its attempts; Resend sends it again (it keeps its place in the order)." />
        <DeliveryLog hitTypeId={hitTypeId} events={log.events} />
        {(log.nextBefore || before) && (
          <CardBody className="flex gap-3 border-t border-border">
            {before && <Link href={`/requester/notifications/${hitTypeId}`}>Newest events</Link>}
            {log.nextBefore && <Link href={`/requester/notifications/${hitTypeId}?before=${log.nextBefore}`}>Older events</Link>}
          </CardBody>
        )}
      </Card>
    </div>
  );
}
