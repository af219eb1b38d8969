import { StatusBadge } from "@/components/ui/badge";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { formatDateTime } from "@/components/ui/format";
import { ChangeValueDialog, GrantAgainDialog, RevokeDialog } from "./qualification-holder-actions";

type Holder = { workerId: string; integerValue: number | null; status: string; grantedAt: Date; reason: string | null; worker: { name: string } };

/** Workers granted a qualification type (and those it was revoked from), with a value change and revoke per row. */
export function QualificationHolders({ typeId, holders }: { typeId: string; holders: Holder[] }) {
  return (
    <Table caption="Workers granted this qualification">
      <THead>
        <Tr>
          <Th>Worker</Th>
          <Th className="text-right">Value</Th>
          <Th>Status</Th>
          <Th className="hidden sm:table-cell">Granted (UTC)</Th>
          <Th className="hidden md:table-cell">Revoke reason</Th>
          <Th><span className="sr-only">Actions</span></Th>
        </Tr>
      </THead>
      <TBody>
        {holders.map((h) => {
          const holder = { typeId, workerId: h.workerId, workerName: h.worker.name, value: h.integerValue };
          return (
            <Tr key={h.workerId}>
              <Td className="min-w-40">
                <div className="font-medium break-words">{h.worker.name}</div>
                <div className="font-mono text-xs text-muted">{h.workerId}</div>
              </Td>
              <Td className="text-right tabular-nums">{h.status === "Granted" ? h.integerValue : <span className="text-muted">—</span>}</Td>
              <Td><StatusBadge status={h.status} /></Td>
              <Td className="hidden whitespace-nowrap text-muted sm:table-cell">{formatDateTime(h.grantedAt)}</Td>
              <Td className="hidden max-w-xs text-sm break-words text-muted md:table-cell">{h.reason ?? ""}</Td>
              <Td>
                <div className="flex flex-wrap justify-end gap-2">
                  {h.status === "Granted" ? (
                    <>
                      <ChangeValueDialog holder={holder} />
                      <RevokeDialog holder={holder} />
                    </>
                  ) : (
                    <GrantAgainDialog holder={holder} />
                  )}
                </div>
              </Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
