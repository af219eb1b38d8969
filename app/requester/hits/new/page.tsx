import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { CreateHitForm } from "@/components/requester/create-hit-form";
import { requirePageUser } from "@/lib/auth/session";
import { getFeeSchedule } from "@/lib/money/fee-settings";
import { balancesOf } from "@/lib/money/queries";
import { requirementTypeChoices } from "@/lib/qualifications/requirements";

export const metadata: Metadata = { title: "Create a HIT" };

export default async function NewHitPage() {
  const user = await requirePageUser("requester", "/requester/hits/new");
  const [schedule, balances, requirementChoices] = await Promise.all([getFeeSchedule(), balancesOf(user.id), requirementTypeChoices(user.id)]);
  return (
    <div className="space-y-6">
      <PageHeader title="Create a HIT" description="Describe the task, set the pay, choose who may work on it, and build the questions." />
      <CreateHitForm schedule={schedule} availableCents={balances.requesterAvailableCents} requirementChoices={requirementChoices} />
    </div>
  );
}
