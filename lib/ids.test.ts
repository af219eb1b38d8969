import { describe, it, expect } from "vitest";
import { newId, newUserId, idPattern, userIdPattern } from "./ids";

describe("ids", () => {
  it("are in MTurk's shape", () => {
    for (let i = 0; i < 200; i++) {
      expect(newId()).toMatch(idPattern);
      expect(newUserId()).toMatch(userIdPattern);
    }
  });

  it("use the whole alphabet and do not repeat", () => {
    const ids = Array.from({ length: 2000 }, newId);
    expect(new Set(ids).size).toBe(ids.length);
    const chars = new Set(ids.join(""));
    expect(chars.size).toBe(36);
  });
});
