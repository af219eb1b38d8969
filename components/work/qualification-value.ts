// A worker's qualification value in words: an integer, or a locale as "US" / "US-CA".
import type { QualificationValue } from "@/lib/qualifications/system";

export function formatQualificationValue(value: QualificationValue | undefined): string {
  if (!value) return "—";
  if (value.locale) return value.locale.subdivision ? `${value.locale.country}-${value.locale.subdivision}` : value.locale.country;
  return value.integerValue !== undefined ? String(value.integerValue) : "—";
}
