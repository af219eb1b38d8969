import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatDateTime } from "@/components/ui/format";
import type { requestsOfWorker } from "@/lib/qualifications/requests";
import { qualificationTypeHref, testAttemptHref } from "./qualification-paths";

export type WorkerRequest = Awaited<ReturnType<typeof requestsOfWorker>>[number];

/** The requests a worker still has to follow: tests in progress, requests awaiting a decision, and rejections with the reason. */
export function MyRequestsTable({ requests, at }: { requests: WorkerRequest[]; at: Date }) {
  return (
    <Table caption="My requests" aria-label="My requests">
      <THead>
        <Tr>
          <Th>Qualification</Th>
          <Th>Requester</Th>
          <Th>Status</Th>
          <Th>Sent</Th>
          <Th>Details</Th>
        </Tr>
      </THead>
      <TBody>
        {requests.map((r) => {
          const running = r.status === "TestStarted" && r.deadline !== null && r.deadline.getTime() >= at.getTime();
          return (
            <Tr key={r.id}>
              <Td>
                <Link href={qualificationTypeHref(r.qualificationTypeId)}>{r.qualificationType.name}</Link>
              </Td>
              <Td>{r.qualificationType.owner?.name ?? "—"}</Td>
              <Td>
                {r.status === "Pending" ? (
                  <Badge tone="warning">Awaiting the requester</Badge>
                ) : r.status === "Rejected" ? (
                  <Badge tone="danger">Rejected</Badge>
                ) : running ? (
                  <Badge tone="info">Test in progress</Badge>
                ) : (
                  <Badge>Time ran out</Badge>
                )}
              </Td>
              <Td className="whitespace-nowrap text-muted">{formatDateTime(r.status === "TestStarted" ? (r.startedAt ?? r.submittedAt) : r.submittedAt)} UTC</Td>
              <Td className="max-w-sm">
                {running ? (
                  <ButtonLink href={testAttemptHref(r.id)} size="sm" variant="secondary">Continue the test</ButtonLink>
                ) : r.status === "Rejected" ? (
                  <span className="text-sm">{r.reason ? `Reason: ${r.reason}` : "No reason given."}</span>
                ) : r.status === "Pending" ? (
                  <span className="text-sm text-muted">{r.test ? "Your test answers are with the requester." : "The requester has not decided yet."}</span>
                ) : (
                  <span className="text-sm text-muted">The test was not submitted in time.</span>
                )}
              </Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
