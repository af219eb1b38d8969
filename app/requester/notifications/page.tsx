import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { Money } from "@/components/ui/money";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { buttonClasses } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/session";
import { notificationOverview } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "Event delivery" };

export default async function NotificationsPage() {
  const user = await requirePageUser("requester", "/requester/notifications");
  const types = await notificationOverview(user.id);
  return (
    <div className="space-y-6">
      <PageHeader title="Event delivery" description="Get told when work happens on your HITs: each HIT type can send its events (accepted, submitted, reviewable, expired, …) by email or to your own URL as a signed webhook." />
      <Card>
        {types.length === 0 ? (
          <CardBody>
            <EmptyState title="No HIT types yet" description="Notification settings belong to a HIT type. Create a HIT first; its type appears here." action={<Link href="/requester/hits/new" className={buttonClasses("primary", "sm")}>Create a HIT</Link>} />
          </CardBody>
        ) : (
          <Table caption="HIT types and their notifications">
            <THead><Tr><Th>HIT type</Th><Th>Reward</Th><Th>Sends</Th><Th>Deliveries</Th><Th><span className="sr-only">Actions</span></Th></Tr></THead>
            <TBody>
              {types.map((t) => (
                <Tr key={t.id}>
                  <Td>
                    <div className="font-medium">{t.title}</div>
                    <div className="font-mono text-xs text-muted">{t.id} · {t.hits} HIT{t.hits === 1 ? "" : "s"}</div>
                  </Td>
                  <Td><Money cents={t.rewardCents} /></Td>
                  <Td className="text-sm">
                    {!t.spec ? <span className="text-muted">Not set up</span> : (
                      <div className="space-y-1">
                        {t.active ? <Badge tone="success">{t.spec.transport}</Badge> : <Badge>Off</Badge>}
                        <div className="max-w-xs truncate text-xs text-muted" title={t.spec.destination}>{t.spec.destination} · {t.spec.eventTypes.length} event type{t.spec.eventTypes.length === 1 ? "" : "s"}</div>
                      </div>
                    )}
                  </Td>
                  <Td className="text-sm">
                    {t.delivered + t.pending + t.failed === 0 ? <span className="text-muted">None yet</span> : (
                      <span className="flex flex-wrap gap-1">
                        <Badge tone="success">{t.delivered} delivered</Badge>
                        {t.pending > 0 && <Badge tone="warning">{t.pending} pending</Badge>}
                        {t.failed > 0 && <Badge tone="danger">{t.failed} failed</Badge>}
                      </span>
                    )}
                  </Td>
                  <Td className="text-right">
                    <Link href={`/requester/notifications/${t.id}`} className={buttonClasses("secondary", "sm")}>{t.spec ? "Settings & log" : "Set up"}<span className="sr-only"> notifications of {t.title}</span></Link>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
