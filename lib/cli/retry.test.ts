import { describe, expect, it } from "vitest";
import { withRetry } from "./retry";

const named = (name: string) => Object.assign(new Error(name), { name });

describe("retrying throttled requests", () => {
  it("sends again after growing waits until it succeeds, and gives up after the last attempt", async () => {
    const waits: number[] = [];
    let calls = 0;
    const ok = await withRetry(async () => (++calls < 4 ? Promise.reject(named("ThrottlingException")) : "done"), { sleep: async (ms) => void waits.push(ms), baseDelayMs: 100 });
    expect(ok).toBe("done");
    expect(waits).toHaveLength(3);
    // Jittered within [ceiling/2, ceiling] of 100, 200, 400 ms.
    waits.forEach((w, i) => {
      expect(w).toBeGreaterThanOrEqual(50 * 2 ** i);
      expect(w).toBeLessThanOrEqual(100 * 2 ** i);
    });
    calls = 0;
    await expect(withRetry(async () => (calls++, Promise.reject(named("ServiceUnavailable"))), { attempts: 3, sleep: async () => {} })).rejects.toThrow("ServiceUnavailable");
    expect(calls).toBe(3);
  });

  it("does not retry what the caller got wrong", async () => {
    let calls = 0;
    await expect(withRetry(async () => (calls++, Promise.reject(named("RequestError"))), { sleep: async () => {} })).rejects.toThrow("RequestError");
    expect(calls).toBe(1);
  });
});
