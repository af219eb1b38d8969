import { z } from "zod";

/** "12.34" or "12" in dollars, to integer cents; the shape MTurk's CurrencyAmount uses. */
export const dollarsToCents = z
  .string()
  .trim()
  .regex(/^[0-9]+(\.[0-9]{0,2})?$/, "Enter an amount like 12.50")
  .transform((s) => {
    const [whole, frac = ""] = s.split(".");
    return Number(whole) * 100 + Number((frac + "00").slice(0, 2));
  });

export const depositRequestSchema = z.object({
  amount: dollarsToCents.refine((c) => c >= 100 && c <= 10_000_000, "Deposits are between $1.00 and $100,000.00"),
  note: z.string().trim().max(500, "Keep the note under 500 characters").default(""),
});

export const decisionReasonSchema = z.string().trim().min(3, "Give a reason (at least 3 characters)").max(1000);

export function centsToDollars(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
