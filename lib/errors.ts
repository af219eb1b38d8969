// Typed domain errors. Business rules throw these; each face (server actions, the MTurk API, the CLI)
// maps the code to its own form in one place. Database error text never reaches a user.

export type DomainErrorCode =
  | "InvalidInput" // the caller sent something malformed or out of range
  | "NotFound" // no such record, or not one the caller may see (we do not reveal which)
  | "Forbidden" // signed in, but not allowed to do this
  | "Unauthenticated"
  | "Conflict" // the record is not in a state that allows this (already accepted, already reviewed, ...)
  | "InsufficientFunds"
  | "NoSlotAvailable"
  | "Expired"
  | "RateLimited"
  | "Duplicate"; // a unique request token or name seen before

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  /** Field-level messages for forms, keyed by input name. */
  readonly fieldErrors?: Record<string, string>;
  /** MTurk's TurkErrorCode where one applies (e.g. AWS.MechanicalTurk.HitAlreadyExists). */
  readonly turkErrorCode?: string;

  constructor(
    code: DomainErrorCode,
    message: string,
    options: { fieldErrors?: Record<string, string>; turkErrorCode?: string } = {},
  ) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.turkErrorCode = options.turkErrorCode;
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
