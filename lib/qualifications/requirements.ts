// QualificationRequirements: whether a worker's value meets one, and what a HIT's set of them lets the
// worker do (discover the HIT in search results, preview it, accept it), following ActionsGuarded.
//
// A worker who does not have the qualification meets only DoesNotExist. That includes NotEqualTo and
// NotIn: MTurk describes a requirement as "a Qualification a Worker must have", compares "the
// Qualification's value" (which a worker without it has none of), and added DoesNotExist (2014) precisely
// so requesters could reach workers who lack a qualification; before it, requesters documented that once
// a qualification is required "workers cannot participate unless they have some value for it". So
// "NotEqualTo 1" admits holders of any other value, never non-holders. System qualifications that every
// worker has (approval count and rate, Adult) always have a value; Locale is missing until the worker
// gives a country.
import { db, type Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import {
  ensureSystemQualificationTypes,
  isSystemQualificationTypeId,
  SYSTEM_QUALIFICATION_TYPES,
  systemQualificationType,
  workerQualificationValues,
  type QualificationValue,
} from "./system";
import { invalidInput, requirementsInputSchema, type ActionsGuarded, type Locale, type Requirement } from "./schema";

export type GuardedAction = "Discover" | "Preview" | "Accept";

/** The actions a requirement guards: a worker who does not meet it cannot take them. */
export function guardsOf(actionsGuarded: ActionsGuarded): GuardedAction[] {
  switch (actionsGuarded) {
    case "Accept":
      return ["Accept"];
    case "PreviewAndAccept":
      return ["Preview", "Accept"];
    case "DiscoverPreviewAndAccept":
      return ["Discover", "Preview", "Accept"];
  }
}

type Comparable = Pick<Requirement, "comparator" | "integerValues" | "localeValues">;

/** A requirement's locale with only a country matches every subdivision of that country. */
export function localeMatches(wanted: Locale, actual: { country: string; subdivision?: string }): boolean {
  if (wanted.country !== actual.country) return false;
  return wanted.subdivision === undefined || wanted.subdivision === actual.subdivision;
}

export function meetsRequirement(req: Comparable, value: QualificationValue | undefined): boolean {
  if (value === undefined) return req.comparator === "DoesNotExist";
  switch (req.comparator) {
    case "Exists":
      return true;
    case "DoesNotExist":
      return false;
  }
  if (req.localeValues.length > 0) {
    const actual = value.locale;
    if (!actual) return false;
    const hits = req.localeValues.map((wanted) => localeMatches(wanted, actual));
    switch (req.comparator) {
      case "EqualTo":
        return hits[0];
      case "NotEqualTo":
        return !hits[0];
      case "In":
        return hits.some(Boolean);
      case "NotIn":
        return !hits.some(Boolean);
      default:
        return false; // ordering comparators do not apply to locales
    }
  }
  const v = value.integerValue;
  if (v === undefined || req.integerValues.length === 0) return false;
  const [x] = req.integerValues;
  switch (req.comparator) {
    case "LessThan":
      return v < x;
    case "LessThanOrEqualTo":
      return v <= x;
    case "GreaterThan":
      return v > x;
    case "GreaterThanOrEqualTo":
      return v >= x;
    case "EqualTo":
      return v === x;
    case "NotEqualTo":
      return v !== x;
    case "In":
      return req.integerValues.includes(v);
    case "NotIn":
      return !req.integerValues.includes(v);
  }
}

export interface EvaluatedRequirement extends Requirement {
  met: boolean;
  guards: GuardedAction[];
  name: string;
  /** Whether the worker can ask for it now (a requestable, Active type); system qualifications never are. */
  isRequestable: boolean;
  hasTest: boolean;
  /** The worker's own value, for "you have 50, 75 or more is required". */
  value: QualificationValue | undefined;
}

export interface RequirementsEvaluation {
  requirements: EvaluatedRequirement[];
  canDiscover: boolean;
  canPreview: boolean;
  canAccept: boolean;
  /** The requirements the worker does not meet, in the HIT's order. */
  missing: EvaluatedRequirement[];
}

/**
 * What the worker may do with a HIT of these requirements. An action is allowed only when every
 * requirement guarding it is met (MTurk: Discover < Preview < Accept, each guarded by its own set).
 */
export async function evaluateRequirements(workerId: string, requirements: readonly Requirement[], tx?: Tx): Promise<RequirementsEvaluation> {
  const [evaluation] = await evaluateRequirementSets(workerId, [requirements], tx);
  return evaluation;
}

/**
 * The same for several HIT types at once (a page of HIT groups): the worker's values and the types'
 * names are read in two queries for all the sets together, not two per set.
 */
export async function evaluateRequirementSets(workerId: string, sets: readonly (readonly Requirement[])[], tx?: Tx): Promise<RequirementsEvaluation[]> {
  const client = tx ?? db;
  const typeIds = [...new Set(sets.flat().map((r) => r.qualificationTypeId))];
  const [values, types] = await Promise.all([
    workerQualificationValues(workerId, typeIds, tx),
    typeIds.length > 0
      ? client.qualificationType.findMany({ where: { id: { in: typeIds } }, select: { id: true, name: true, isRequestable: true, status: true, test: true, ownerId: true } })
      : Promise.resolve([]),
  ]);
  const typeById = new Map(types.map((t) => [t.id, t]));
  return sets.map((requirements) => {
    const evaluated = requirements.map((r): EvaluatedRequirement => {
      const type = typeById.get(r.qualificationTypeId);
      const value = values.get(r.qualificationTypeId);
      return {
        ...r,
        met: meetsRequirement(r, value),
        guards: guardsOf(r.actionsGuarded),
        name: type?.name ?? systemQualificationType(r.qualificationTypeId)?.name ?? r.qualificationTypeId,
        isRequestable: !!type && type.ownerId !== null && type.isRequestable && type.status === "Active",
        hasTest: !!type?.test,
        value,
      };
    });
    const allows = (action: GuardedAction) => evaluated.every((r) => r.met || !r.guards.includes(action));
    return {
      requirements: evaluated,
      canDiscover: allows("Discover"),
      canPreview: allows("Preview"),
      canAccept: allows("Accept"),
      missing: evaluated.filter((r) => !r.met),
    };
  });
}

/** A stored requirement row as the domain's Requirement (the values are JSON columns). */
export function requirementFromRow(row: { qualificationTypeId: string; comparator: string; integerValues: string; localeValues: string; actionsGuarded: string }): Requirement {
  return {
    qualificationTypeId: row.qualificationTypeId,
    comparator: row.comparator as Requirement["comparator"],
    integerValues: JSON.parse(row.integerValues) as number[],
    localeValues: JSON.parse(row.localeValues) as Locale[],
    actionsGuarded: row.actionsGuarded as ActionsGuarded,
  };
}

/** The rows to store for a HIT type's requirements, in order. */
export function requirementRows(hitTypeId: string, requirements: readonly Requirement[]) {
  return requirements.map((r, position) => ({
    id: newId(),
    hitTypeId,
    position,
    qualificationTypeId: r.qualificationTypeId,
    comparator: r.comparator,
    integerValues: JSON.stringify(r.integerValues),
    localeValues: JSON.stringify(r.localeValues),
    actionsGuarded: r.actionsGuarded,
  }));
}

/** The stored requirements of a HIT type, in order. */
export async function requirementsOfHitType(hitTypeId: string, tx?: Tx): Promise<Requirement[]> {
  const rows = await (tx ?? db).qualificationRequirement.findMany({ where: { hitTypeId }, orderBy: { position: "asc" } });
  return rows.map(requirementFromRow);
}

export async function evaluateHitTypeRequirements(workerId: string, hitTypeId: string, tx?: Tx): Promise<RequirementsEvaluation> {
  return evaluateRequirements(workerId, await requirementsOfHitType(hitTypeId, tx), tx);
}

/**
 * Parses a requester's requirements for a new HIT type and checks each against the database: the type
 * must be one of the requester's own or a system type (MTurk: "a custom Qualification type you created
 * or ... system-assigned"), and usable: not Inactive, not deleted.
 */
export async function resolveRequirements(requesterId: string, raw: unknown): Promise<Requirement[]> {
  const parsed = requirementsInputSchema.safeParse(raw ?? []);
  if (!parsed.success) throw invalidInput(parsed.error);
  const requirements = parsed.data;
  if (requirements.length === 0) return requirements;
  if (requirements.some((r) => isSystemQualificationTypeId(r.qualificationTypeId))) await ensureSystemQualificationTypes();
  const ids = [...new Set(requirements.map((r) => r.qualificationTypeId))];
  const types = await db.qualificationType.findMany({ where: { id: { in: ids } }, select: { id: true, ownerId: true, status: true, name: true } });
  const byId = new Map(types.map((t) => [t.id, t]));
  requirements.forEach((r, index) => {
    const field = `${index}.qualificationTypeId`;
    const type = byId.get(r.qualificationTypeId);
    const usable = type && (type.ownerId === null || type.ownerId === requesterId) && type.status !== "Disposing";
    if (!usable) {
      throw new DomainError("InvalidInput", `Requirement ${index + 1}: qualification type ${r.qualificationTypeId} does not exist or is not yours.`, {
        fieldErrors: { [field]: "No such qualification type of yours" },
      });
    }
    if (type.status !== "Active") {
      throw new DomainError("InvalidInput", `Requirement ${index + 1}: the qualification type "${type.name}" is inactive; activate it before using it in a HIT.`, {
        fieldErrors: { [field]: "This qualification type is inactive" },
      });
    }
  });
  return requirements;
}

export interface RequirementTypeChoice {
  id: string;
  name: string;
  system: boolean;
}

/** The types a requester may put in a new HIT's requirements: the system ones, then their own Active types by name. */
export async function requirementTypeChoices(requesterId: string): Promise<RequirementTypeChoice[]> {
  const own = await db.qualificationType.findMany({
    where: { ownerId: requesterId, status: "Active" },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
  return [...SYSTEM_QUALIFICATION_TYPES.map((t) => ({ id: t.id, name: t.name, system: true })), ...own.map((t) => ({ ...t, system: false }))];
}

/** A HIT type's requirements with the names of their qualification types, in order, for the requester's pages. */
export async function namedRequirementsOfHitType(hitTypeId: string, tx?: Tx): Promise<(Requirement & { name: string; typeStatus: string })[]> {
  const rows = await (tx ?? db).qualificationRequirement.findMany({
    where: { hitTypeId },
    orderBy: { position: "asc" },
    include: { qualificationType: { select: { name: true, status: true } } },
  });
  return rows.map((row) => ({ ...requirementFromRow(row), name: row.qualificationType.name, typeStatus: row.qualificationType.status }));
}
