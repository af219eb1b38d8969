// The delivery log of a HIT type: each outbox event with its status, and its attempts on demand.
import { Badge, StatusBadge } from "@/components/ui/badge";
import { CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { formatDateTime } from "@/components/ui/format";
import { ResendButton } from "./notification-forms";
import type { deliveryLog } from "@/lib/notifications/deliveries";

type LoggedEvent = Awaited<ReturnType<typeof deliveryLog>>["events"][number];

function statusLine(e: LoggedEvent) {
  if (e.status === "Delivered" && e.deliveredAt) return `at ${formatDateTime(e.deliveredAt)}`;
  if (e.status === "Pending" && e.attempts > 0) return `retry at ${formatDateTime(e.nextAttemptAt)}`;
  if (e.status === "Pending") return "waiting to be sent";
  return null;
}

export function DeliveryLog({ hitTypeId, events }: { hitTypeId: string; events: LoggedEvent[] }) {
  if (events.length === 0) {
    return <CardBody><EmptyState title="No events yet" description="Events appear here as they happen on HITs of this type, once settings are saved and active." /></CardBody>;
  }
  return (
    <Table caption="Notification events and their delivery attempts">
      <THead><Tr><Th>#</Th><Th>Event</Th><Th>Recorded (UTC)</Th><Th>Status</Th><Th>Attempts</Th><Th><span className="sr-only">Actions</span></Th></Tr></THead>
      <TBody>
        {events.map((e) => {
          const payload = JSON.parse(e.payload) as { HITId: string; AssignmentId?: string };
          const label = `event ${e.seq} (${e.eventType})`;
          return (
            <Tr key={e.id} className="align-top">
              <Td className="tabular-nums text-sm text-muted">{e.seq}</Td>
              <Td>
                <div className="text-sm font-medium">{e.eventType}</div>
                <div className="font-mono text-xs text-muted break-all">{payload.AssignmentId ? `assignment ${payload.AssignmentId}` : `HIT ${payload.HITId}`}</div>
                <div className="font-mono text-xs text-muted">id {e.id}</div>
              </Td>
              <Td className="whitespace-nowrap text-sm">{formatDateTime(e.createdAt)}</Td>
              <Td className="text-sm">
                <StatusBadge status={e.status === "Pending" && e.attempts > 0 ? "Retrying" : e.status} />
                {statusLine(e) && <div className="mt-1 text-xs text-muted">{statusLine(e)}</div>}
                {e.lastError && e.status !== "Delivered" && <div className="mt-1 max-w-xs text-xs break-words text-danger">{e.lastStatusCode ? `${e.lastStatusCode}: ` : ""}{e.lastError}</div>}
              </Td>
              <Td className="text-sm">
                {e.deliveries.length === 0 ? <span className="text-muted">none</span> : (
                  <details>
                    <summary className="cursor-pointer">{e.deliveries.length} attempt{e.deliveries.length === 1 ? "" : "s"}</summary>
                    <ol className="mt-2 space-y-2">
                      {e.deliveries.map((d) => (
                        <li key={d.id} className="rounded border border-border p-2 text-xs">
                          <div className="flex flex-wrap items-center gap-2">
                            <Badge tone={d.ok ? "success" : "danger"}>{d.ok ? "OK" : "Failed"}{d.statusCode ? ` ${d.statusCode}` : ""}</Badge>
                            <span>{formatDateTime(d.attemptedAt)}</span>
                            {d.durationMs !== null && <span className="text-muted">{d.durationMs} ms</span>}
                          </div>
                          <div className="mt-1 text-muted break-all">{d.transport} → {d.destination}</div>
                          {d.response && <pre className="mt-1 max-h-32 max-w-sm overflow-auto whitespace-pre-wrap font-mono">{d.response}</pre>}
                        </li>
                      ))}
                    </ol>
                  </details>
                )}
              </Td>
              <Td className="text-right">{!(e.status === "Pending" && e.attempts === 0) && <ResendButton hitTypeId={hitTypeId} eventId={e.id} label={label} />}</Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
