import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format";
import { SettingsForm } from "@/components/admin/settings-form";
import { requirePageUser } from "@/lib/auth/session";
import { platformSettings } from "@/lib/admin/settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const admin = await requirePageUser("admin", "/admin/settings");
  const settings = await platformSettings(admin.id);
  return (
    <div className="space-y-6">
      <PageHeader title="Settings" description="The fee schedule and minimum pay. Changes apply to HITs created from now on; HITs already posted keep the fee they were created with." />
      <Notice code={(await searchParams).notice} />
      <Card>
        <CardBody><SettingsForm feeSchedule={settings.feeSchedule} payFloor={settings.payFloor} /></CardBody>
      </Card>
      <Card>
        <CardHeader title="Recent changes" />
        {settings.changes.length === 0 ? <div className="p-5"><EmptyState title="Never changed" description="Piecework runs on the default schedule: 20%, at least 1 cent, 20% more from 10 assignments, 5% more with Masters." /></div> : (
          <ul className="divide-y divide-border">{settings.changes.map((c) => <li key={c.id} className="px-5 py-3 text-sm">{formatDateTime(c.createdAt)} · <span className="font-medium">{c.reason}</span></li>)}</ul>
        )}
      </Card>
    </div>
  );
}
