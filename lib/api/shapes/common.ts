// Conversions every API shape uses. AWS JSON 1.1 dates are epoch seconds (numbers; ISO strings break the
// SDKs, milliseconds turn into the year 58880); money is a CurrencyAmount string such as "0.50".
import { centsToDollars } from "@/lib/money/schema";
import { requestError } from "../errors";

export const epochSeconds = (d: Date): number => d.getTime() / 1000;
export const optionalEpoch = (d: Date | null | undefined): number | undefined => (d ? epochSeconds(d) : undefined);

export const currencyAmount = (cents: number): string => centsToDollars(cents);

/** A CurrencyAmount (already pattern-checked by the model) in whole cents. */
export function cents(amount: string, field: string): number {
  const [whole, frac = ""] = amount.split(".");
  const value = Number(whole) * 100 + Number(frac.padEnd(2, "0"));
  if (!Number.isSafeInteger(value)) throw requestError(`${field} is out of range.`, "AWS.BadParameters");
  return value;
}

/** An epoch-seconds input as a Date. */
export function dateOf(seconds: number, field: string): Date {
  const d = new Date(seconds * 1000);
  if (Number.isNaN(d.getTime())) throw requestError(`${field} is not a valid time.`, "AWS.BadParameters");
  return d;
}

/** Drops undefined members, so optional fields are absent rather than null (as MTurk answers). */
export function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
