// A requirement in words, for workers ("75 or more", "one of US, CA").
import type { Requirement } from "./schema";

const words: Record<string, string> = {
  LessThan: "less than",
  LessThanOrEqualTo: "at most",
  GreaterThan: "more than",
  GreaterThanOrEqualTo: "at least",
  EqualTo: "exactly",
  NotEqualTo: "anything but",
  In: "one of",
  NotIn: "none of",
};

export function describeRequirement(r: Pick<Requirement, "comparator"> & Partial<Pick<Requirement, "integerValues" | "localeValues">>): string {
  if (r.comparator === "Exists") return "required";
  if (r.comparator === "DoesNotExist") return "must not have it";
  const values = r.localeValues?.length
    ? r.localeValues.map((l) => (l.subdivision ? `${l.country}-${l.subdivision}` : l.country))
    : (r.integerValues ?? []).map(String);
  return `${words[r.comparator] ?? r.comparator} ${values.join(", ")}`;
}
