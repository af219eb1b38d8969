// Whether a HIT type requires the Masters qualification: such HITs carry the Masters fee surcharge.
import { db } from "@/lib/db/client";
import { SYSTEM_QUALIFICATION_IDS } from "@/lib/qualifications/system-ids";

export async function requiresMasters(hitTypeId: string): Promise<boolean> {
  const n = await db.qualificationRequirement.count({ where: { hitTypeId, qualificationTypeId: SYSTEM_QUALIFICATION_IDS.masters } });
  return n > 0;
}
