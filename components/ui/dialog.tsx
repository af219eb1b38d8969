"use client";

import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button, type ButtonSize, type ButtonVariant } from "./button";

type DialogContextValue = { close: () => void; setHasFooter: (has: boolean) => void };

const DialogContext = createContext<DialogContextValue | null>(null);

/** Closes the enclosing Dialog; a no-op outside one, so shared forms can call it unconditionally. */
export function useDialogClose(): () => void {
  return useContext(DialogContext)?.close ?? noop;
}

function noop() {}

export type DialogProps = {
  triggerLabel: string;
  triggerVariant?: ButtonVariant;
  triggerSize?: ButtonSize;
  /** The trigger's accessible name when its visible label is the same on many rows ("Revoke" → "Revoke Ann's qualification"). */
  triggerAriaLabel?: string;
  title: string;
  description?: string;
  children?: ReactNode;
};

export function Dialog({ triggerLabel, triggerVariant = "secondary", triggerSize = "md", triggerAriaLabel, title, description, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [hasFooter, setHasFooter] = useState(false);
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const close = useCallback(() => ref.current?.close(), []);
  const ctx = useMemo(() => ({ close, setHasFooter }), [close]);

  return (
    <DialogContext.Provider value={ctx}>
      <Button variant={triggerVariant} size={triggerSize} aria-haspopup="dialog" aria-label={triggerAriaLabel} onClick={() => ref.current?.showModal()}>
        {triggerLabel}
      </Button>
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        // A click whose target is the <dialog> itself landed on the backdrop (the content fills the box).
        onClick={(e) => e.target === e.currentTarget && close()}
        className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-xl border border-border bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/50 backdrop:backdrop-blur-[2px]"
      >
        <div className="flex flex-col gap-4 p-5 sm:p-6">
          <div className="space-y-1">
            <h2 id={titleId} className="text-lg font-semibold">
              {title}
            </h2>
            {description && (
              <p id={descriptionId} className="text-sm text-muted">
                {description}
              </p>
            )}
          </div>
          <div>{children}</div>
          {!hasFooter && (
            // method="dialog" closes natively and keeps this button out of the body's form.
            <form method="dialog" className="flex justify-end">
              <Button type="submit" variant="secondary">
                Cancel
              </Button>
            </form>
          )}
        </div>
      </dialog>
    </DialogContext.Provider>
  );
}

export type DialogFooterProps = {
  children?: ReactNode;
  cancelLabel?: string;
  /** Keep the dialog open after the form's action finishes (e.g. to show returned errors). */
  keepOpen?: boolean;
};

/**
 * Put inside the dialog's form: renders Cancel next to your submit button (replacing the
 * dialog's own Cancel row) and closes the dialog once the form's action has finished.
 */
export function DialogFooter({ children, cancelLabel = "Cancel", keepOpen = false }: DialogFooterProps) {
  const ctx = useContext(DialogContext);
  const { pending } = useFormStatus();
  const wasPending = useRef(false);

  useEffect(() => {
    ctx?.setHasFooter(true);
    return () => ctx?.setHasFooter(false);
  }, [ctx]);

  useEffect(() => {
    if (wasPending.current && !pending && !keepOpen) ctx?.close();
    wasPending.current = pending;
  }, [pending, keepOpen, ctx]);

  return (
    <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
      <Button variant="secondary" onClick={() => ctx?.close()}>
        {cancelLabel}
      </Button>
      {children}
    </div>
  );
}
