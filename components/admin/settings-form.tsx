"use client";

import { ActionForm, typed } from "@/components/ui/action-form";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveSettingsAction } from "@/app/admin/settings/actions";
import type { FeeSchedule } from "@/lib/money/fees";
import type { PayFloor } from "@/lib/money/fee-settings";
import { centsToDollars } from "@/lib/money/schema";

const pct = (bps: number) => String(bps / 100);

export function SettingsForm({ feeSchedule: f, payFloor: p }: { feeSchedule: FeeSchedule; payFloor: PayFloor }) {
  return (
    <ActionForm action={saveSettingsAction} hidden={{ returnTo: "/admin/settings" }} label="Platform settings" className="space-y-6">
      {(state) => {
        const field = (name: string, fallback: string) => ({ name, id: `settings-${name}`, defaultValue: typed(state, name, fallback), error: state.fieldErrors?.[name] });
        return (
          <>
            <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              <legend className="mb-2 text-base font-semibold">Fee schedule</legend>
              <Input label="Fee on rewards and bonuses (%)" inputMode="decimal" {...field("basePercent", pct(f.basePercentBps))} />
              <Input label="Minimum fee ($)" inputMode="decimal" {...field("minimumFee", centsToDollars(f.minimumFeeCents))} />
              <Input label="Surcharge on large HITs (%)" inputMode="decimal" {...field("largeHitSurcharge", pct(f.largeHitSurchargeBps))} />
              <Input label="Large HIT: assignments from" inputMode="numeric" {...field("largeHitThreshold", String(f.largeHitThreshold))} />
              <Input label="Masters surcharge (%)" inputMode="decimal" {...field("mastersSurcharge", pct(f.mastersSurchargeBps))} />
            </fieldset>
            <fieldset className="grid gap-4 sm:grid-cols-2">
              <legend className="mb-2 text-base font-semibold">Minimum pay</legend>
              <Input label="Minimum estimated hourly pay ($)" inputMode="decimal" hint="The reward over the time allotted, for each new HIT." {...field("minHourly", centsToDollars(p.minHourlyCents))} />
              <Select
                label="Below the minimum"
                {...field("payFloorMode", p.mode)}
                options={[
                  { value: "off", label: "Allow (no minimum)" },
                  { value: "warn", label: "Post the HIT and warn the requester" },
                  { value: "refuse", label: "Refuse the HIT" },
                ]}
              />
            </fieldset>
            <Input label="Reason for the change (audit log)" {...field("reason", "")} />
            <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}
