// The API face's errors, in MTurk's shapes: RequestError (400) for anything the caller did wrong, with
// MTurk's TurkErrorCode where one exists; ServiceFault (500) only for our own faults; ThrottlingException
// (400) when a key sends too fast, which the SDKs retry with backoff.
import { isDomainError, type DomainErrorCode } from "@/lib/errors";

export type ApiErrorType = "RequestError" | "ServiceFault" | "ThrottlingException";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: ApiErrorType,
    message: string,
    readonly turkErrorCode?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const requestError = (message: string, turkErrorCode?: string) => new ApiError(400, "RequestError", message, turkErrorCode);

/** Domain codes without a more specific TurkErrorCode of their own. */
const turkCodeOf: Record<DomainErrorCode, string> = {
  InvalidInput: "AWS.BadParameters",
  NotFound: "AWS.MechanicalTurk.ResourceDoesNotExist",
  Forbidden: "AWS.NotAuthorized",
  Unauthenticated: "AWS.NotAuthorized",
  Conflict: "AWS.MechanicalTurk.InvalidState",
  InsufficientFunds: "AWS.MechanicalTurk.InsufficientFunds",
  NoSlotAvailable: "AWS.MechanicalTurk.InvalidState",
  Expired: "AWS.MechanicalTurk.InvalidState",
  RateLimited: "AWS.ServiceUnavailable",
  Duplicate: "AWS.MechanicalTurk.DuplicateRequest",
};

/** Whatever an operation threw, as the error the client receives. Database text never leaks. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (isDomainError(e)) {
    if (e.code === "RateLimited") return new ApiError(400, "ThrottlingException", e.message);
    const fields = e.fieldErrors ? Object.values(e.fieldErrors) : [];
    const message = fields.length > 0 && !fields.includes(e.message) ? `${e.message} ${fields.join(" ")}`.trim() : e.message;
    return requestError(message, e.turkErrorCode ?? turkCodeOf[e.code]);
  }
  return new ApiError(500, "ServiceFault", "Piecework could not process the request. Try your call again.");
}

export function errorBody(e: ApiError): Record<string, string> {
  if (e.type === "ThrottlingException") return { __type: e.type, message: e.message };
  return { __type: e.type, Message: e.message, ...(e.turkErrorCode ? { TurkErrorCode: e.turkErrorCode } : {}) };
}
