import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { Money } from "@/components/ui/money";
import { Alert } from "@/components/ui/alert";
import { requirePageUser } from "@/lib/auth/session";
import { platformFigures } from "@/lib/admin/queries";
import { checkLedger } from "@/lib/money/invariants";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminHome() {
  await requirePageUser("admin", "/admin");
  const [f, problems] = await Promise.all([platformFigures(), checkLedger()]);
  return (
    <div className="space-y-6">
      <PageHeader title="Admin overview" />
      {problems.length > 0 && (
        <Alert tone="danger" title="The ledger check is failing">
          <Link href="/admin/ledger">See what broke</Link>
        </Alert>
      )}
      <StatGrid>
        <Stat label="Pending deposits" value={f.pendingDeposits} tone={f.pendingDeposits > 0 ? "warning" : "neutral"} hint={<Link href="/admin/payments">Review</Link>} />
        <Stat label="Live HITs" value={f.liveHits} />
        <Stat label="Money in escrow" value={<Money cents={f.escrowCents} />} />
        <Stat label="Fees earned" value={<Money cents={f.feesCents} />} />
      </StatGrid>
    </div>
  );
}
