import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatDate } from "@/components/ui/format";
import type { WorkerQualificationEntry } from "@/lib/qualifications/grants";
import { formatQualificationValue } from "./qualification-value";
import { qualificationTypeHref } from "./qualification-paths";

/** What the worker holds: system values computed from their work and profile, then granted (and revoked) ones. */
export function MyQualificationsTable({ entries }: { entries: WorkerQualificationEntry[] }) {
  return (
    <Table caption="My qualifications" aria-label="My qualifications">
      <THead>
        <Tr>
          <Th>Qualification</Th>
          <Th>From</Th>
          <Th className="text-right">Value</Th>
          <Th>Status</Th>
          <Th>Since</Th>
        </Tr>
      </THead>
      <TBody>
        {entries.map((q) => (
          <Tr key={q.qualificationTypeId}>
            <Td>
              {q.system ? <span className="font-medium">{q.name}</span> : <Link href={qualificationTypeHref(q.qualificationTypeId)}>{q.name}</Link>}
              <p className="max-w-md text-xs text-muted">{q.description}</p>
            </Td>
            <Td>{q.system ? <Badge>System</Badge> : (q.ownerName ?? "—")}</Td>
            <Td className="text-right font-semibold tabular-nums">{formatQualificationValue(q.value)}</Td>
            <Td>
              <Badge tone={q.status === "Granted" ? "success" : "danger"}>{q.status}</Badge>
              {q.status === "Revoked" && <p className="mt-1 max-w-xs text-xs text-muted">{q.reason ? `Reason: ${q.reason}` : "No reason given."}</p>}
            </Td>
            <Td className="whitespace-nowrap text-muted">{q.grantedAt ? formatDate(q.grantedAt) : "Computed from your work"}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
