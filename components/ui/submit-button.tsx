"use client";

import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "./button";

export type SubmitButtonProps = Omit<ButtonProps, "type"> & {
  /** Text shown while the form is submitting, e.g. "Saving…". */
  pendingLabel?: string;
};

/** Must be rendered inside a `<form>`: its busy state comes from that form's submission. */
export function SubmitButton({ pendingLabel, pending, children, ...rest }: SubmitButtonProps) {
  const status = useFormStatus();
  const busy = pending || status.pending;
  return (
    <Button type="submit" pending={busy} {...rest}>
      {busy && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
