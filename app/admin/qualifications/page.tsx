import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Button, ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { QualificationTypeTable } from "@/components/admin/qualification-type-table";
import { MastersSection } from "@/components/admin/masters-section";
import { requirePageUser } from "@/lib/auth/session";
import { findWorkerForMasters, mastersHolders, qualificationTypesForModeration, TYPE_STATUS_FILTERS } from "@/lib/admin/qualification-moderation";
import { moderationHref, moderationQuerySchema } from "./form-schema";

export const metadata: Metadata = { title: "Qualifications" };

export default async function AdminQualificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requirePageUser("admin", "/admin/qualifications");
  const raw = await searchParams;
  const query = moderationQuerySchema.parse(raw);
  const [listing, holders, found] = await Promise.all([
    qualificationTypesForModeration(admin.id, { query: query.q, status: query.status, page: query.page }),
    mastersHolders(admin.id),
    query.worker ? findWorkerForMasters(admin.id, query.worker) : Promise.resolve(undefined),
  ]);
  const returnTo = moderationHref(query);
  const filtered = Boolean(query.q || query.status);

  return (
    <div className="space-y-6">
      <PageHeader title="Qualifications" description="Every qualification type on Piecework. Deactivate one that breaks the rules: its owner gets your reason, and only an admin can switch it back on." />
      <Notice code={raw.notice} />
      <form role="search" aria-label="Search qualification types" action="/admin/qualifications" className="flex flex-wrap items-end gap-3 rounded-xl border border-border bg-surface p-4 shadow-sm">
        <Input label="Name or owner" name="q" type="search" defaultValue={query.q ?? ""} placeholder="Type name, owner name or email" className="min-w-0 flex-1 basis-56" />
        <Select label="Status" name="status" defaultValue={query.status ?? ""} options={[{ value: "", label: "Any status" }, ...TYPE_STATUS_FILTERS.map((s) => ({ value: s, label: s }))]} className="w-full sm:w-44" />
        {query.worker && <input type="hidden" name="worker" value={query.worker} />}
        <div className="flex gap-2">
          <Button type="submit" variant="secondary">Search</Button>
          {filtered && <ButtonLink href={moderationHref({ worker: query.worker })} variant="ghost">Clear</ButtonLink>}
        </div>
      </form>
      <Card>
        <CardHeader title="Qualification types" description="Newest first. Holders counts workers who hold the qualification now." />
        <QualificationTypeTable listing={listing} query={query} />
      </Card>
      <MastersSection query={query} found={found} holders={holders} returnTo={returnTo} />
    </div>
  );
}
