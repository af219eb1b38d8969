"use client";

// A HIT type's notification settings form, the test-event form (shows the receiver's answer), Resend for a
// logged event, and rotating the signing secret.
import { useActionState, useState } from "react";
import { Input, Checkbox } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm, typed } from "@/components/ui/action-form";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field";
import { idleState } from "@/lib/auth/form-state";
import { EVENT_TYPES, type EventType, type NotificationSpec } from "@/lib/notifications/schema";
import { resendEventAction, rotateSecretAction, saveNotificationSettingsAction, sendTestEventAction, type TestState } from "@/app/requester/notifications/actions";

const SUBSCRIBABLE = EVENT_TYPES.filter((t) => t !== "Ping");
const transports = [
  { value: "Webhook", label: "Webhook", hint: "a signed HTTP POST of the event JSON to your URL" },
  { value: "Email", label: "Email", hint: "a message with the event JSON to an address" },
] as const;

export function NotificationSettingsForm({ hitTypeId, spec, active }: { hitTypeId: string; spec: NotificationSpec | null; active: boolean }) {
  const [transport, setTransport] = useState<string>(spec?.transport ?? "Webhook");
  return (
    <ActionForm action={saveNotificationSettingsAction} hidden={{ hitTypeId }} label="Notification settings" className="space-y-5">
      {(state) => {
        const checked = (t: EventType) => (state.values ? [state.values.eventTypes ?? []].flat().includes(t) : (spec?.eventTypes.includes(t) ?? false));
        return (
          <>
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium text-fg">Send events by</legend>
              <div className="flex flex-wrap gap-x-6 gap-y-2">
                {transports.map((t) => (
                  <label key={t.value} className="flex items-start gap-2 text-sm">
                    <input type="radio" name="transport" value={t.value} checked={transport === t.value} onChange={() => setTransport(t.value)} className="mt-0.5 size-4 accent-primary" />
                    <span><span className="font-medium">{t.label}</span> <span className="text-muted">— {t.hint}</span></span>
                  </label>
                ))}
              </div>
            </fieldset>
            <Input
              label={transport === "Webhook" ? "Webhook URL" : "Email address"}
              name="destination"
              type={transport === "Webhook" ? "url" : "email"}
              placeholder={transport === "Webhook" ? "https://example.com/piecework-events" : "alerts@example.com"}
              defaultValue={typed(state, "destination", spec?.destination ?? "")}
              key={`${transport}-${state.values ? "typed" : "saved"}`}
              error={state.fieldErrors?.destination ?? state.fieldErrors?.transport}
              required
            />
            <fieldset className="space-y-2" aria-describedby={state.fieldErrors?.eventTypes ? "eventTypes-error" : undefined}>
              <legend className="text-sm font-medium text-fg">Events</legend>
              <div className="grid gap-2 sm:grid-cols-2">
                {SUBSCRIBABLE.map((t) => (
                  <Checkbox key={`${t}-${state.values ? "typed" : "saved"}`} id={`event-${t}`} name="eventTypes" value={t} label={t} defaultChecked={checked(t)} />
                ))}
              </div>
              <FieldError id="eventTypes">{state.fieldErrors?.eventTypes}</FieldError>
            </fieldset>
            <Checkbox name="active" label="Active" hint="While off, nothing is recorded or sent for this HIT type." defaultChecked={state.values ? state.values.active === "on" : spec ? active : true} key={`active-${state.values ? "typed" : "saved"}`} />
            <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}

export function SendTestForm({ hitTypeId }: { hitTypeId: string }) {
  const [state, action] = useActionState<TestState, FormData>(sendTestEventAction, idleState);
  return (
    <form action={action} aria-label="Send a test event" className="space-y-3" noValidate>
      <input type="hidden" name="hitTypeId" value={hitTypeId} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <Select label="Event type" name="testEventType" defaultValue="Ping" options={EVENT_TYPES.map((t) => ({ value: t, label: t }))} className="sm:w-64" />
        <SubmitButton variant="secondary" pendingLabel="Sending…">Send test event</SubmitButton>
      </div>
      <div aria-live="polite">
        {state.status === "ok" && state.result && (
          <Alert tone="success" title="Delivered">
            {state.result.statusCode ? `Answered ${state.result.statusCode}` : "Accepted"} in {state.result.durationMs} ms
            {state.result.response && <pre className="mt-2 overflow-x-auto whitespace-pre-wrap font-mono text-xs">{state.result.response}</pre>}
          </Alert>
        )}
        {state.status === "error" && <Alert tone="danger" title="Not delivered">{state.message}</Alert>}
      </div>
    </form>
  );
}

export function ResendButton({ hitTypeId, eventId, label }: { hitTypeId: string; eventId: string; label: string }) {
  return (
    <ActionForm action={resendEventAction} hidden={{ hitTypeId, eventId }} label={`Resend ${label}`}>
      {() => <SubmitButton size="sm" variant="secondary" pendingLabel="Queuing…" aria-label={`Resend ${label}`}>Resend</SubmitButton>}
    </ActionForm>
  );
}

export function RotateSecretDialog({ hitTypeId }: { hitTypeId: string }) {
  return (
    <Dialog triggerLabel="Make a new secret" triggerSize="sm" title="Replace the signing secret?" description="Deliveries of all your HIT types are signed with the new secret from now on; receivers checking the old one will refuse them until you update them.">
      <ActionForm action={rotateSecretAction} hidden={{ hitTypeId }} label="Replace the signing secret">
        {(state) => (
          <DialogFooter keepOpen={state.status === "error"}>
            <SubmitButton variant="danger" pendingLabel="Replacing…">Replace secret</SubmitButton>
          </DialogFooter>
        )}
      </ActionForm>
    </Dialog>
  );
}
