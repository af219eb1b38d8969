// MTurk's system qualification type ids (production values; SDK code written for MTurk sends these).
// Kept apart from system.ts so that input schemas can use them without importing the database.
export const SYSTEM_QUALIFICATION_IDS = {
  numberHitsApproved: "00000000000000000040",
  percentAssignmentsApproved: "000000000000000000L0",
  locale: "00000000000000000071",
  adult: "00000000000000000060",
  masters: "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH",
} as const;

export type SystemQualificationKey = keyof typeof SYSTEM_QUALIFICATION_IDS;

const ALL: readonly string[] = Object.values(SYSTEM_QUALIFICATION_IDS);
export const isSystemQualificationTypeId = (id: string): boolean => ALL.includes(id);
