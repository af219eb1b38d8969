import { describe, it, expect } from "vitest";
import { afterSubmitHref } from "./chain";

describe("after submit", () => {
  it("goes back to the group to accept the next HIT while chaining, else to the queue", () => {
    const id = "A".repeat(30);
    expect(afterSubmitHref(id, true)).toBe(`/work/groups/${id}?chain=1`);
    expect(afterSubmitHref(id, false)).toBe("/work/assignments?submitted=1");
    expect(afterSubmitHref("../evil", true)).toBe("/work/assignments?submitted=1");
  });
});
