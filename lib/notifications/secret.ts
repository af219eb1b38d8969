// The key a requester's webhook deliveries are signed with: one per requester (so SendTestEventNotification,
// which names no HIT type, signs with the same key), made on first need, sealed at rest, shown to its owner.
import { randomBytes } from "node:crypto";
import { db, isUniqueViolation } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { open, seal } from "@/lib/api/secret-box";

const fresh = () => `pwsec_${randomBytes(24).toString("base64url")}`;

export async function signingSecretOf(requesterId: string): Promise<string> {
  const row = await db.notificationSecret.findUnique({ where: { requesterId } });
  if (row) return open(row.sealed);
  try {
    const secret = fresh();
    await db.notificationSecret.create({ data: { requesterId, sealed: seal(secret), createdAt: now() } });
    return secret;
  } catch (e) {
    // Made by a concurrent first use: theirs is the one.
    if (!isUniqueViolation(e)) throw e;
    return open((await db.notificationSecret.findUniqueOrThrow({ where: { requesterId } })).sealed);
  }
}

/** Replaces the key (after a leak); deliveries from now on are signed with the new one. */
export async function rotateSigningSecret(requesterId: string): Promise<string> {
  const secret = fresh();
  const sealed = seal(secret);
  await db.notificationSecret.upsert({ where: { requesterId }, create: { requesterId, sealed, createdAt: now() }, update: { sealed, createdAt: now() } });
  return secret;
}
