// The one shape every server action returns to useActionState. Safe to import from client components.

export type FormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What the user typed, returned on error so the form keeps it. */
  values?: Record<string, string | string[]>;
};

export const idleState: FormState = { status: "idle" };

