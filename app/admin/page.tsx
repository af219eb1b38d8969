import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { Money } from "@/components/ui/money";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { MoneyChart, WorkersChart } from "@/components/admin/marketplace-chart";
import { requirePageUser } from "@/lib/auth/session";
import { marketplaceSeries, OVERVIEW_DAYS, platformFigures } from "@/lib/admin/queries";
import { checkLedger } from "@/lib/money/invariants";

export const metadata: Metadata = { title: "Admin" };

const waiting = (n: number) => (n > 0 ? "warning" : "neutral");

export default async function AdminHome() {
  const admin = await requirePageUser("admin", "/admin");
  const [f, problems] = await Promise.all([platformFigures(admin.id), checkLedger()]);
  const series = await marketplaceSeries(admin.id, f.escrowCents);
  return (
    <div className="space-y-6">
      <PageHeader title="Admin overview" description="What waits for a decision, and how the marketplace is doing." />
      {problems.length > 0 && (
        <Alert tone="danger" title={`The ledger check is failing (${problems.length})`}>
          Money may have appeared or vanished. <Link href="/admin/ledger" className="underline">See what broke</Link>
        </Alert>
      )}
      <section aria-labelledby="waiting-heading" className="space-y-3">
        <h2 id="waiting-heading" className="text-lg font-semibold">Waiting for you</h2>
        <StatGrid>
          <Stat label="Pending deposits" value={f.pendingDeposits} tone={waiting(f.pendingDeposits)} hint={<Link href="/admin/payments">Review deposits</Link>} />
          <Stat label="Pending withdrawals" value={f.pendingWithdrawals} tone={waiting(f.pendingWithdrawals)} hint={<Link href="/admin/payments">Review withdrawals</Link>} />
          <Stat label="Open reports" value={f.openReports} tone={waiting(f.openReports)} hint={<Link href="/admin/reports">Moderate</Link>} />
          <Stat label="Escalated appeals" value={f.escalatedAppeals} tone={waiting(f.escalatedAppeals)} hint={<Link href="/admin/appeals">Decide</Link>} />
        </StatGrid>
      </section>
      <section aria-labelledby="market-heading" className="space-y-3">
        <h2 id="market-heading" className="text-lg font-semibold">Marketplace</h2>
        <StatGrid>
          <Stat label="Active HITs" value={f.liveHits} hint="Assignable now" />
          <Stat label="Workers active in 7 days" value={f.activeWorkers} />
          <Stat label="Money in escrow" value={<Money cents={f.escrowCents} />} />
          <Stat label="Fees earned" value={<Money cents={f.feesCents} />} hint="All time, net of platform-paid appeals" />
        </StatGrid>
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title="Escrow and fees" description={`Last ${OVERVIEW_DAYS} days, per day (UTC).`} />
          <CardBody><MoneyChart series={series} /></CardBody>
        </Card>
        <Card>
          <CardHeader title="Active workers" description={`Workers who accepted a HIT, per day, last ${OVERVIEW_DAYS} days.`} />
          <CardBody><WorkersChart series={series} /></CardBody>
        </Card>
      </div>
    </div>
  );
}
