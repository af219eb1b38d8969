"use client";

// Creating an API key (its secret is shown here once, with copy buttons) and revoking one.
import { useActionState, useState } from "react";
import { Input } from "@/components/ui/input";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { idleState } from "@/lib/auth/form-state";
import { createApiKeyAction, revokeApiKeyAction, type NewKeyState } from "@/app/requester/api-keys/actions";

function CopyField({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-1">
      <p className="text-xs font-medium text-muted">{label}</p>
      <div className="flex items-center gap-2">
        <code className="min-w-0 flex-1 overflow-x-auto rounded-md border border-border bg-surface-muted px-2 py-1.5 font-mono text-sm" aria-label={label}>{value}</code>
        <Button
          size="sm"
          variant="secondary"
          aria-label={`Copy ${label}`}
          onClick={async () => {
            await navigator.clipboard?.writeText(value);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
    </div>
  );
}

export function CreateApiKeyForm() {
  const [state, action] = useActionState<NewKeyState, FormData>(createApiKeyAction, idleState);
  return (
    <div className="space-y-4">
      {state.status === "ok" && state.key && (
        <Alert tone="success" title="Your new key">
          <div className="mt-2 space-y-3">
            <CopyField label="Access key id" value={state.key.accessKeyId} />
            <CopyField label="Secret access key" value={state.key.secretAccessKey} />
            <p className="text-sm">Copy the secret now and keep it somewhere safe: Piecework stores it encrypted and never shows it again.</p>
          </div>
        </Alert>
      )}
      {state.status === "error" && <Alert tone="danger">{state.message}</Alert>}
      <form action={action} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
        <Input label="Label (optional)" name="label" placeholder="e.g. nightly results export" maxLength={100} className="flex-1" error={state.fieldErrors?.label} />
        <SubmitButton pendingLabel="Creating…">Create key</SubmitButton>
      </form>
    </div>
  );
}

export function RevokeApiKeyDialog({ accessKeyId }: { accessKeyId: string }) {
  return (
    <Dialog triggerLabel="Revoke" triggerSize="sm" title={`Revoke ${accessKeyId}?`} description="Scripts using this key stop working at once. This cannot be undone; create a new key to replace it.">
      <ActionForm action={revokeApiKeyAction} hidden={{ accessKeyId }} label={`Revoke ${accessKeyId}`}>
        {(state) => (
          <DialogFooter keepOpen={state.status === "error"}>
            <SubmitButton variant="danger" pendingLabel="Revoking…">Revoke key</SubmitButton>
          </DialogFooter>
        )}
      </ActionForm>
    </Dialog>
  );
}
