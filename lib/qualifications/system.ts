// MTurk's system qualifications. Their values are computed from the marketplace's own data whenever they
// are needed (never stored), except Masters, which admins grant as an ordinary Qualification row. Each
// still has a QualificationType row (owner null, MTurk's id) so that requirements, a foreign key, can
// point at it.
import { db, getDb, isUniqueViolation, type Tx } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { SYSTEM_QUALIFICATION_IDS, type SystemQualificationKey } from "./system-ids";

export { SYSTEM_QUALIFICATION_IDS, isSystemQualificationTypeId, type SystemQualificationKey } from "./system-ids";

export interface SystemQualificationType {
  key: SystemQualificationKey;
  id: string;
  name: string;
  description: string;
  /** Computed from data on every read; only Masters is a stored qualification. */
  computed: boolean;
}

export const SYSTEM_QUALIFICATION_TYPES: readonly SystemQualificationType[] = [
  {
    key: "numberHitsApproved",
    id: SYSTEM_QUALIFICATION_IDS.numberHitsApproved,
    name: "Number of HITs Approved",
    description: "The number of HITs the worker has submitted that were approved, over all requesters.",
    computed: true,
  },
  {
    key: "percentAssignmentsApproved",
    id: SYSTEM_QUALIFICATION_IDS.percentAssignmentsApproved,
    name: "HIT Approval Rate (%)",
    description:
      "The percentage of the worker's reviewed assignments that were approved, over all requesters. New workers count as 100% until enough of their work has been reviewed.",
    computed: true,
  },
  {
    key: "locale",
    id: SYSTEM_QUALIFICATION_IDS.locale,
    name: "Location",
    description: "The country (and subdivision) the worker gave in their profile.",
    computed: true,
  },
  {
    key: "adult",
    id: SYSTEM_QUALIFICATION_IDS.adult,
    name: "Adult Content",
    description: "1 when the worker confirmed they are over 18 and agree to work on potentially offensive content, otherwise 0.",
    computed: true,
  },
  {
    key: "masters",
    id: SYSTEM_QUALIFICATION_IDS.masters,
    name: "Masters",
    description: "Workers who have shown superior performance across many HITs; granted by Piecework's admins.",
    computed: false,
  },
];

const byId = new Map(SYSTEM_QUALIFICATION_TYPES.map((t) => [t.id, t]));
export const systemQualificationType = (id: string): SystemQualificationType | undefined => byId.get(id);

/**
 * MTurk treats a worker's approval rate as 100% until they have done enough work for it to mean
 * something (MTurk documents 100 submitted assignments). Piecework follows that behaviour with a
 * threshold of 10 reviewed (approved or rejected) assignments, so that a handful of early reviews
 * cannot sink a new worker's rate on a smaller marketplace.
 */
export const PERCENT_APPROVED_MIN_REVIEWED = 10;

export function percentAssignmentsApproved(approved: number, rejected: number): number {
  const reviewed = approved + rejected;
  if (reviewed < PERCENT_APPROVED_MIN_REVIEWED) return 100;
  // Rounded down, so 100 means "never rejected" and a requirement of EqualTo 100 stays honest.
  return Math.floor((approved * 100) / reviewed);
}

const ensured = new WeakSet<object>();

/**
 * Creates (or restores) the five system QualificationType rows. Idempotent and safe to run from many
 * processes at once; runs outside any caller's transaction, since on PostgreSQL a unique violation would
 * abort it. Cached per database client after the first success.
 */
export async function ensureSystemQualificationTypes(): Promise<void> {
  const client = getDb();
  if (ensured.has(client)) return;
  for (const t of SYSTEM_QUALIFICATION_TYPES) {
    const canonical = { name: t.name, description: t.description, status: "Active", isRequestable: false, ownerId: null };
    try {
      await db.qualificationType.upsert({
        where: { id: t.id },
        create: { id: t.id, ...canonical, keywords: "system", createdAt: now() },
        update: canonical,
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e; // another process created it between our read and our write
    }
  }
  ensured.add(client);
}

export interface QualificationValue {
  integerValue?: number;
  locale?: { country: string; subdivision?: string };
}

/**
 * The worker's value for each type: system values computed from their assignments and profile, and
 * their Granted qualifications for everything else. `undefined` means they do not have it (a revoked
 * qualification counts as not having it). Qualifications of a deleted (Disposing) type still count:
 * MTurk keeps them for the HITs that still require them.
 */
export async function workerQualificationValues(workerId: string, typeIds: readonly string[], tx?: Tx): Promise<Map<string, QualificationValue | undefined>> {
  const client = tx ?? db;
  const ids = [...new Set(typeIds)];
  const out = new Map<string, QualificationValue | undefined>(ids.map((id) => [id, undefined]));
  const computed = ids.filter((id) => systemQualificationType(id)?.computed);
  const stored = ids.filter((id) => !systemQualificationType(id)?.computed);

  if (computed.length > 0) {
    const user = await client.user.findUnique({ where: { id: workerId }, select: { country: true, subdivision: true, isAdult: true } });
    if (user) {
      const needsCounts = computed.some((id) => id === SYSTEM_QUALIFICATION_IDS.numberHitsApproved || id === SYSTEM_QUALIFICATION_IDS.percentAssignmentsApproved);
      const counts = needsCounts ? await reviewCounts(client, workerId) : { approved: 0, rejected: 0 };
      for (const id of computed) {
        if (id === SYSTEM_QUALIFICATION_IDS.numberHitsApproved) out.set(id, { integerValue: counts.approved });
        else if (id === SYSTEM_QUALIFICATION_IDS.percentAssignmentsApproved) out.set(id, { integerValue: percentAssignmentsApproved(counts.approved, counts.rejected) });
        else if (id === SYSTEM_QUALIFICATION_IDS.adult) out.set(id, { integerValue: user.isAdult ? 1 : 0 });
        else if (id === SYSTEM_QUALIFICATION_IDS.locale && user.country) {
          out.set(id, { locale: user.subdivision ? { country: user.country, subdivision: user.subdivision } : { country: user.country } });
        }
      }
    }
  }

  if (stored.length > 0) {
    const rows = await client.qualification.findMany({
      where: { workerId, qualificationTypeId: { in: stored }, status: "Granted" },
      select: { qualificationTypeId: true, integerValue: true, localeCountry: true, localeSubdivision: true },
    });
    for (const row of rows) out.set(row.qualificationTypeId, storedValue(row));
  }
  return out;
}

export function storedValue(row: { integerValue: number | null; localeCountry: string | null; localeSubdivision: string | null }): QualificationValue {
  const value: QualificationValue = {};
  if (row.integerValue !== null) value.integerValue = row.integerValue;
  if (row.localeCountry) value.locale = row.localeSubdivision ? { country: row.localeCountry, subdivision: row.localeSubdivision } : { country: row.localeCountry };
  return value;
}

async function reviewCounts(client: Tx, workerId: string): Promise<{ approved: number; rejected: number }> {
  const groups = await client.assignment.groupBy({
    by: ["status"],
    where: { workerId, status: { in: ["Approved", "Rejected"] } },
    _count: { _all: true },
  });
  const count = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
  return { approved: count("Approved"), rejected: count("Rejected") };
}
