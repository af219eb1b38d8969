import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { apiKeysOf, createApiKey, liveKey, MAX_LIVE_KEYS, revokeApiKey } from "./keys";
import { makeRequester, makeWorker } from "@/lib/testing/factories";

describe("API keys", () => {
  it("keeps the secret sealed, gives it back for verification, and stops at revocation", async () => {
    const r = await makeRequester();
    const key = await createApiKey(r.id, "  export job ");
    expect(key.accessKeyId).toMatch(/^AKPW[A-Z0-9]{16}$/);
    expect(key.secretAccessKey).toMatch(/^[A-Za-z0-9]{40}$/);
    const row = await db.apiKey.findUniqueOrThrow({ where: { accessKeyId: key.accessKeyId } });
    expect(row.secretEncrypted).not.toContain(key.secretAccessKey);
    expect(row.label).toBe("export job");
    expect((await liveKey(key.accessKeyId))?.secret).toBe(key.secretAccessKey);

    await revokeApiKey(r.id, key.accessKeyId);
    expect(await liveKey(key.accessKeyId)).toBeNull();
    await expect(revokeApiKey(r.id, key.accessKeyId)).rejects.toMatchObject({ code: "NotFound" });
    expect((await apiKeysOf(r.id))[0].revokedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { subjectId: key.accessKeyId } })).toBe(2);
  });

  it("refuses workers, other requesters' revocations, and more than the live limit", async () => {
    const w = await makeWorker();
    await expect(createApiKey(w.id)).rejects.toMatchObject({ code: "Forbidden" });
    const a = await makeRequester();
    const b = await makeRequester();
    const key = await createApiKey(a.id);
    await expect(revokeApiKey(b.id, key.accessKeyId)).rejects.toMatchObject({ code: "NotFound" });
    expect(await liveKey(key.accessKeyId)).not.toBeNull();
    for (let i = 1; i < MAX_LIVE_KEYS; i++) await createApiKey(a.id);
    await expect(createApiKey(a.id)).rejects.toMatchObject({ code: "Conflict" });
    expect(await db.apiKey.count({ where: { ownerId: a.id } })).toBe(MAX_LIVE_KEYS);
  });
});
