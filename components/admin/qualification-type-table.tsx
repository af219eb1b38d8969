// Every qualification type on the platform, a page at a time, with the moderation controls per row.
import { Badge, StatusBadge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatDate } from "@/components/ui/format";
import { moderationHref, type ModerationQuery } from "@/app/admin/qualifications/form-schema";
import type { qualificationTypesForModeration } from "@/lib/admin/qualification-moderation";
import { DeactivateTypeDialog, ReactivateTypeButton } from "./qualification-moderation-actions";
import { Pager } from "@/components/ui/pager";

type Listing = Awaited<ReturnType<typeof qualificationTypesForModeration>>;
type Row = Listing["items"][number];

/** "Disposing" is what the database calls a deleted type; admins read "Deleted". */
const statusWord = (status: string) => (status === "Disposing" ? "Deleted" : status);

function Actions({ t, returnTo }: { t: Row; returnTo: string }) {
  if (t.system) return <span className="text-xs text-muted">Part of Piecework</span>;
  if (t.status === "Disposing") return null;
  if (t.moderationReason !== null) return <ReactivateTypeButton typeId={t.id} typeName={t.name} returnTo={returnTo} />;
  return <DeactivateTypeDialog typeId={t.id} typeName={t.name} ownerName={t.owner?.name ?? "The owner"} returnTo={returnTo} />;
}

export function QualificationTypeTable({ listing, query }: { listing: Listing; query: ModerationQuery }) {
  const returnTo = moderationHref(query);
  if (listing.items.length === 0) {
    const filtered = Boolean(query.q || query.status);
    return (
      <EmptyState
        title={filtered ? "No qualification types match" : "No qualification types yet"}
        description={filtered ? "Try other words, or any status." : "Types that requesters create appear here."}
        action={filtered ? <ButtonLink href="/admin/qualifications" variant="secondary">Clear the search</ButtonLink> : undefined}
        className="m-5"
      />
    );
  }
  const { page, pageCount, total } = listing;
  return (
    <>
      <Table caption="Qualification types">
        <THead>
          <Tr>
            <Th>Name</Th>
            <Th>Owner</Th>
            <Th>Status</Th>
            <Th>Requestable</Th>
            <Th className="text-right">Holders</Th>
            <Th>Created</Th>
            <Th><span className="sr-only">Moderation</span></Th>
          </Tr>
        </THead>
        <TBody>
          {listing.items.map((t) => (
            <Tr key={t.id}>
              <Td className="max-w-xs min-w-48">
                <div className="font-medium break-words">{t.name}</div>
                <div className="font-mono text-xs break-all text-muted">{t.id}</div>
                {t.moderationReason && <p className="mt-1 text-xs break-words text-danger">Deactivated by a moderator: {t.moderationReason}</p>}
              </Td>
              <Td>
                {t.owner ? (
                  <>
                    {t.owner.name}
                    <div className="text-xs text-muted">{t.owner.email}</div>
                  </>
                ) : (
                  <span className="text-muted">Piecework (system)</span>
                )}
              </Td>
              <Td>
                <div className="flex flex-wrap gap-1">
                  <StatusBadge status={statusWord(t.status)} />
                  {t.moderationReason && <Badge tone="danger">Moderated</Badge>}
                </div>
              </Td>
              <Td>{t.isRequestable ? "Yes" : "No"}</Td>
              <Td className="text-right tabular-nums">{t.holders === null ? <span className="text-muted">computed</span> : t.holders}</Td>
              <Td className="whitespace-nowrap">{formatDate(t.createdAt)}</Td>
              <Td><Actions t={t} returnTo={returnTo} /></Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <Pager
        page={page}
        hasMore={page < pageCount}
        href={(p) => moderationHref({ ...query, page: p })}
        size="sm"
        className="border-t border-border px-5 py-3"
        summary={`Page ${page} of ${pageCount} · ${total} ${total === 1 ? "type" : "types"}`}
      />
    </>
  );
}
