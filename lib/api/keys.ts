// Requesters' API keys: an access key id and a secret, the pair the AWS SDKs sign requests with.
// The secret is shown once at creation and stored sealed (lib/api/secret-box.ts).
import { randomBytes } from "node:crypto";
import { db, transaction } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { newAccessKeyId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { recordAudit } from "@/lib/admin/audit";
import { open, seal } from "./secret-box";

/** A requester may hold this many live keys (AWS allows two per user; a few more helps rotation). */
export const MAX_LIVE_KEYS = 5;

export interface NewApiKey {
  accessKeyId: string;
  secretAccessKey: string;
  label: string | null;
  createdAt: Date;
}

export async function createApiKey(ownerId: string, label?: string): Promise<NewApiKey> {
  const cleanLabel = label?.trim() ? label.trim().slice(0, 100) : null;
  const owner = await db.user.findUnique({ where: { id: ownerId }, select: { isRequester: true, status: true } });
  if (!owner?.isRequester || owner.status !== "Active") throw new DomainError("Forbidden", "Only an active requester account can hold API keys.");
  // 40 characters like an AWS secret access key, from 30 random bytes.
  const secretAccessKey = randomBytes(30).toString("base64").replace(/\+/g, "A").replace(/\//g, "Z");
  const createdAt = now();
  const accessKeyId = newAccessKeyId();
  await transaction(async (tx) => {
    const live = await tx.apiKey.count({ where: { ownerId, revokedAt: null } });
    if (live >= MAX_LIVE_KEYS) throw new DomainError("Conflict", `You already have ${MAX_LIVE_KEYS} active keys. Revoke one you no longer use first.`);
    await tx.apiKey.create({ data: { accessKeyId, ownerId, label: cleanLabel, createdAt, secretEncrypted: seal(secretAccessKey) } });
    await recordAudit(tx, { actorId: ownerId, action: "apikey.create", subjectType: "ApiKey", subjectId: accessKeyId });
  });
  return { accessKeyId, secretAccessKey, label: cleanLabel, createdAt };
}

export async function revokeApiKey(ownerId: string, accessKeyId: string): Promise<void> {
  await transaction(async (tx) => {
    const res = await tx.apiKey.updateMany({ where: { accessKeyId, ownerId, revokedAt: null }, data: { revokedAt: now() } });
    if (res.count === 0) throw new DomainError("NotFound", "That key does not exist or is already revoked.");
    await recordAudit(tx, { actorId: ownerId, action: "apikey.revoke", subjectType: "ApiKey", subjectId: accessKeyId });
  });
}

export function apiKeysOf(ownerId: string) {
  return db.apiKey.findMany({
    where: { ownerId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { accessKeyId: true, label: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** The key and its owner, for verifying a request; null when unknown or revoked. */
export async function liveKey(accessKeyId: string) {
  const key = await db.apiKey.findUnique({
    where: { accessKeyId },
    select: { accessKeyId: true, secretEncrypted: true, revokedAt: true, lastUsedAt: true, owner: { select: { id: true, status: true, isRequester: true } } },
  });
  if (!key || key.revokedAt) return null;
  return { accessKeyId: key.accessKeyId, secret: open(key.secretEncrypted), owner: key.owner, lastUsedAt: key.lastUsedAt };
}

/** Records use at most once a minute per key, so a busy script does not write on every call. */
export async function touchKey(accessKeyId: string, lastUsedAt: Date | null): Promise<void> {
  const t = now();
  if (lastUsedAt && t.getTime() - lastUsedAt.getTime() < 60_000) return;
  await db.apiKey.update({ where: { accessKeyId }, data: { lastUsedAt: t } });
}
