// Accounts: sign-up creates the user and their ledger accounts together; emails are unique regardless of
// case; sign-in attempts are counted per key in a shared window.
import { describe, it, expect, beforeEach } from "vitest";
import { db } from "@/lib/db/client";
import { setClockOffset, advanceClock } from "@/lib/clock";
import { createUser } from "./users";
import { verifyPassword } from "./password";
import { hitRateLimit, clearRateLimit, isRateLimited } from "./rate-limit";
import { signUpSchema } from "./schema";

beforeEach(() => setClockOffset(0));

describe("accounts", () => {
  it("creates a user with MTurk-shaped id, a bcrypt hash and all three ledger accounts", async () => {
    const u = await createUser({ email: "  Mixed.Case@Example.COM ", name: "Mia", password: "correct horse battery", isWorker: true });
    expect(u.id).toMatch(/^A[A-Z0-9]{13}$/);
    expect(u.email).toBe("mixed.case@example.com");
    expect(u.passwordHash).not.toContain("correct horse");
    expect(await verifyPassword("correct horse battery", u.passwordHash)).toBe(true);
    expect(await verifyPassword("wrong", u.passwordHash)).toBe(false);
    const accounts = await db.ledgerAccount.findMany({ where: { ownerId: u.id }, orderBy: { id: "asc" } });
    expect(accounts.map((a) => a.kind)).toEqual(["requester:available", "requester:escrow", "worker:available"]);
  });

  it("refuses a taken email, whatever its case, and leaves nothing behind", async () => {
    await createUser({ email: "taken@example.com", name: "First", password: "first long password" });
    const before = await db.ledgerAccount.count();
    await expect(createUser({ email: "TAKEN@example.com", name: "Second", password: "second long password" })).rejects.toMatchObject({
      code: "Duplicate",
      fieldErrors: { email: expect.stringContaining("already exists") },
    });
    expect(await db.user.count({ where: { email: "taken@example.com" } })).toBe(1);
    expect(await db.ledgerAccount.count()).toBe(before);
  });

  it("validates sign-up input with clear messages", () => {
    const r = signUpSchema.safeParse({ name: "A", email: "nope", password: "aaaaaaaaaaaa", wantsToWork: false, wantsToPost: false });
    expect(r.success).toBe(false);
    const messages = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toMatchObject({
      name: "Enter your name (at least 2 characters)",
      email: "Enter a valid email address",
      password: "That password is too easy to guess",
      roles: "Choose at least one: work, post work, or both",
    });
    expect(signUpSchema.safeParse({ name: "Al", email: "a@b.co", password: "password1", wantsToWork: true, wantsToPost: false }).success).toBe(false);
    expect(signUpSchema.safeParse({ name: "Al", email: "a@b.co", password: "a fine long passphrase", wantsToWork: true, wantsToPost: false }).success).toBe(true);
  });

  it("rate-limits per key within a window, and a new window starts fresh", async () => {
    const key = "signin:email:limited@example.com";
    for (let i = 0; i < 3; i++) expect((await hitRateLimit(key, 3, 60)).allowed).toBe(true);
    const blocked = await hitRateLimit(key, 3, 60);
    expect(blocked.allowed).toBe(false);
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect((await hitRateLimit("signin:email:other@example.com", 3, 60)).allowed).toBe(true);
    expect((await isRateLimited(key, 3, 60)).limited).toBe(true);
    expect((await isRateLimited("signin:email:nobody@example.com", 3, 60)).limited).toBe(false);
    advanceClock(61_000);
    expect((await isRateLimited(key, 3, 60)).limited).toBe(false);
    expect((await hitRateLimit(key, 3, 60)).allowed).toBe(true);
    await clearRateLimit(key);
    expect(await db.rateLimit.findUnique({ where: { key } })).toBeNull();
  });
});
