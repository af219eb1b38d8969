"use client";

// A qualification type's editable settings and its test, as MTurk lets them change: name and keywords
// never (shown read-only by the page), retries never switched off once on, a test replaced but not removed.
import { useState } from "react";
import { ActionForm, typed } from "@/components/ui/action-form";
import { Checkbox, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/auth/form-state";
import { QUALIFICATION_LIMITS } from "@/lib/qualifications/schema";
import { replaceTestAction, updateSettingsAction } from "@/app/requester/qualifications/[typeId]/actions";
import { RetryDelayInput } from "./retry-delay-input";
import { XmlField } from "./xml-field";

type Settings = {
  id: string;
  description: string;
  status: string;
  isRequestable: boolean;
  retryDelaySeconds: number | null;
  test: string | null;
  testDurationSeconds: number | null;
  answerKey: string | null;
  autoGranted: boolean;
  autoGrantedValue: number | null;
};

const minutes = (seconds: number | null) => (seconds === null ? "" : String(Math.round((seconds / 60) * 100) / 100));

export function SettingsForm({ type }: { type: Settings }) {
  return (
    <ActionForm action={updateSettingsAction} hidden={{ typeId: type.id }} label="Settings" className="space-y-4">
      {(state) => <SettingsFields type={type} state={state} />}
    </ActionForm>
  );
}

function SettingsFields({ type, state }: { type: Settings; state: FormState }) {
  const fe = state.fieldErrors ?? {};
  const [auto, setAuto] = useState(state.values ? state.values.autoGranted === "on" : type.autoGranted);
  return (
    <>
      <Textarea label="Description" name="description" required rows={3} maxLength={QUALIFICATION_LIMITS.descriptionMax} defaultValue={typed(state, "description", type.description)} error={fe.description} />
      <Select label="Status" name="status" defaultValue={typed(state, "status", type.status)} options={[{ value: "Active", label: "Active: workers can request it" }, { value: "Inactive", label: "Inactive: no new requests" }]} error={fe.status} className="max-w-md" />
      <Checkbox label="Workers can request it" name="requestable" defaultChecked={state.values ? state.values.requestable === "on" : type.isRequestable} error={fe.isRequestable} />
      <RetryDelayInput defaultValue={typed(state, "retryDelay", minutes(type.retryDelaySeconds))} error={fe.retryDelay} retriesOn={type.retryDelaySeconds !== null} />
      {type.test === null && (
        <div className="space-y-3">
          <Checkbox label="Grant automatically when a worker asks" name="autoGranted" checked={auto} onChange={(e) => setAuto(e.target.checked)} error={fe.autoGranted} />
          {auto && (
            <Input label="Value granted" name="autoGrantedValue" inputMode="numeric" defaultValue={typed(state, "autoGrantedValue", String(type.autoGrantedValue ?? 1))} error={fe.autoGrantedValue} className="max-w-xs pl-6.5" />
          )}
        </div>
      )}
      <SubmitButton variant="secondary" pendingLabel="Saving…">Save settings</SubmitButton>
    </>
  );
}

/** Adds a test to a type without one, or replaces the test whole (XML, duration, answer key). */
export function TestForm({ type }: { type: Settings }) {
  const replacing = type.test !== null;
  return (
    <ActionForm action={replaceTestAction} hidden={{ typeId: type.id }} label={replacing ? "Replace the test" : "Add a test"} className="space-y-4">
      {(state) => {
        const fe = state.fieldErrors ?? {};
        return (
          <>
            <XmlField label="Test (QuestionForm XML)" fileLabel="Load the test from a file" name="test" required defaultValue={typed(state, "test", type.test ?? "")} error={fe.test} hint={replacing ? "Edit or replace it; it cannot be removed. Workers who already started keep the test they started." : undefined} />
            <Input label="Test duration (minutes)" name="testDuration" inputMode="decimal" required defaultValue={typed(state, "testDuration", minutes(type.testDurationSeconds) || "20")} error={fe.testDuration} className="max-w-md" />
            <XmlField label="Answer key (AnswerKey XML)" fileLabel="Load the answer key from a file" name="answerKey" rows={6} defaultValue={typed(state, "answerKey", type.answerKey ?? "")} error={fe.answerKey} hint="Optional. Leave it blank to review the answers yourself." />
            <SubmitButton variant="secondary" pendingLabel="Saving…">{replacing ? "Save the test" : "Add the test"}</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}
