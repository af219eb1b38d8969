// A requirement in words: for workers ("75 or more", "one of US, CA") and for the requester building one.
import type { ActionsGuarded, Comparator, Requirement } from "./schema";

/** Each comparator as the requester's form offers it. */
export const COMPARATOR_LABELS: Record<Comparator, string> = {
  LessThan: "less than",
  LessThanOrEqualTo: "at most",
  GreaterThan: "more than",
  GreaterThanOrEqualTo: "at least",
  EqualTo: "exactly",
  NotEqualTo: "anything but",
  Exists: "has it (any value)",
  DoesNotExist: "does not have it",
  In: "one of",
  NotIn: "none of",
};

/** What a worker who does not meet the requirement cannot do (MTurk's ActionsGuarded). */
export const ACTIONS_GUARDED_LABELS: Record<ActionsGuarded, string> = {
  Accept: "Can't accept",
  PreviewAndAccept: "Can't preview or accept",
  DiscoverPreviewAndAccept: "Can't even find it",
};

type Describable = Pick<Requirement, "comparator"> & Partial<Pick<Requirement, "integerValues" | "localeValues">>;

export function describeRequirement(r: Describable): string {
  if (r.comparator === "Exists") return "required";
  if (r.comparator === "DoesNotExist") return "must not have it";
  const values = r.localeValues?.length
    ? r.localeValues.map((l) => (l.subdivision ? `${l.country}-${l.subdivision}` : l.country))
    : (r.integerValues ?? []).map(String);
  return `${COMPARATOR_LABELS[r.comparator] ?? r.comparator} ${values.join(", ")}`;
}

const othersMay: Record<ActionsGuarded, string> = {
  Accept: "others can find and preview the HIT but not accept it",
  PreviewAndAccept: "others can find the HIT but not preview or accept it",
  DiscoverPreviewAndAccept: "others do not see the HIT at all",
};

/** One requirement as a sentence for the requester: who qualifies, and what happens to everyone else. */
export function requirementSentence(name: string, r: Describable & { actionsGuarded: ActionsGuarded }): string {
  const who =
    r.comparator === "Exists"
      ? `Workers must have “${name}”`
      : r.comparator === "DoesNotExist"
        ? `Workers must not have “${name}”`
        : `Workers need “${name}” ${describeRequirement(r)}`;
  return `${who}; ${othersMay[r.actionsGuarded]}.`;
}
