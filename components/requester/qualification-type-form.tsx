"use client";

// The "New qualification type" form. How workers get the qualification is one choice, so the form never
// sends a test and automatic granting together (MTurk refuses that); only the chosen way's fields show.
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Checkbox, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { SubmitButton } from "@/components/ui/submit-button";
import { typed, useRedirectingAction } from "@/components/ui/action-form";
import { createQualificationTypeAction } from "@/app/requester/qualifications/new/actions";
import type { GrantMode } from "@/app/requester/qualifications/new/form-schema";
import { QUALIFICATION_LIMITS } from "@/lib/qualifications/schema";
import { XmlField } from "./xml-field";
import { RetryDelayInput } from "./retry-delay-input";

const modes: { value: GrantMode; label: string; hint: string }[] = [
  { value: "review", label: "I decide on each request", hint: "Workers ask; you accept (with a value) or reject each request. You can also grant it to workers yourself." },
  { value: "test", label: "Workers take a test", hint: "A QuestionForm test. With an answer key it is scored and granted at once; without one you review the answers." },
  { value: "auto", label: "Granted automatically when a worker asks", hint: "Every worker who asks gets it at once, with the value you set." },
];

/** Inputs that show their own error; any other error is spelled out above the form. */
const SHOWN = new Set(["name", "description", "keywords", "status", "grant", "test", "testDuration", "answerKey", "autoGrantedValue", "retryDelay"]);

export function QualificationTypeForm() {
  const [state, action] = useRedirectingAction(createQualificationTypeAction);
  const fe = state.fieldErrors ?? {};
  const [mode, setMode] = useState<GrantMode>(() => (modes.find((m) => m.value === typed(state, "grant"))?.value ?? "review"));
  const requestableBefore = state.values ? state.values.requestable === "on" : true;

  return (
    <form action={action} className="space-y-6" noValidate aria-label="New qualification type">
      {state.status === "error" && state.message && <Alert tone="danger">{Object.keys(fe).some((k) => SHOWN.has(k)) ? "Check the highlighted fields." : state.message}</Alert>}
      <Card>
        <CardHeader title="What workers see" description="The name and keywords cannot be changed after the type is created." />
        <CardBody className="space-y-4">
          <Input label="Name" name="name" required maxLength={QUALIFICATION_LIMITS.nameMax} defaultValue={typed(state, "name")} error={fe.name} hint="Unique among your qualification types, e.g. “English grammar test”." />
          <Textarea label="Description" name="description" required rows={3} maxLength={QUALIFICATION_LIMITS.descriptionMax} defaultValue={typed(state, "description")} error={fe.description} hint="What it certifies and how to get it." />
          <Input label="Keywords" name="keywords" maxLength={QUALIFICATION_LIMITS.keywordsMax} defaultValue={typed(state, "keywords")} error={fe.keywords} hint="Comma-separated; they help workers find it." />
          <Select label="Status" name="status" defaultValue={typed(state, "status", "Active")} options={[{ value: "Active", label: "Active: workers can request it" }, { value: "Inactive", label: "Inactive: no new requests" }]} error={fe.status} className="max-w-md" />
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="How workers get it" />
        <CardBody className="space-y-5">
          <Checkbox label="Workers can request it" name="requestable" defaultChecked={requestableBefore} hint="Untick for a qualification only you grant, e.g. to workers whose work you liked." />
          <fieldset className="space-y-2" aria-describedby={fe.grant ? "grant-error" : undefined}>
            <legend className="text-sm font-medium">When a worker asks for it</legend>
            <div className="space-y-2">
              {modes.map((m) => (
                <label key={m.value} className="flex items-start gap-2.5 rounded-lg border border-border p-3 text-sm has-checked:border-primary/60 has-checked:bg-primary/5">
                  <input type="radio" name="grant" value={m.value} checked={mode === m.value} onChange={() => setMode(m.value)} className="mt-0.5 size-4 shrink-0 accent-primary" />
                  <span>
                    <span className="font-medium">{m.label}</span>
                    <span className="block text-xs text-muted">{m.hint}</span>
                  </span>
                </label>
              ))}
            </div>
            {fe.grant && <p id="grant-error" className="text-xs font-medium text-danger">{fe.grant}</p>}
          </fieldset>

          {mode === "test" && (
            <div className="space-y-4 border-l-2 border-primary/30 pl-4">
              <XmlField label="Test (QuestionForm XML)" fileLabel="Load the test from a file" name="test" required defaultValue={typed(state, "test")} error={fe.test} hint="Selection and free-text questions; no file uploads." />
              <Input label="Test duration (minutes)" name="testDuration" inputMode="decimal" required defaultValue={typed(state, "testDuration", "20")} error={fe.testDuration} hint="How long a worker has to finish once they start: at least half a minute." className="max-w-md" />
              <XmlField label="Answer key (AnswerKey XML)" fileLabel="Load the answer key from a file" name="answerKey" rows={6} defaultValue={typed(state, "answerKey")} error={fe.answerKey} hint="Optional. With a key, each test is scored and the qualification granted with the score; without one, you review the answers." />
            </div>
          )}
          {mode === "auto" && (
            <div className="border-l-2 border-primary/30 pl-4">
              <Input label="Value granted" name="autoGrantedValue" inputMode="numeric" defaultValue={typed(state, "autoGrantedValue", "1")} error={fe.autoGrantedValue} hint="A whole number; HIT requirements compare against it." className="max-w-xs" />
            </div>
          )}

          <RetryDelayInput defaultValue={typed(state, "retryDelay")} error={fe.retryDelay} retriesOn={false} />
        </CardBody>
      </Card>
      <SubmitButton pendingLabel="Creating…">Create qualification type</SubmitButton>
    </form>
  );
}
