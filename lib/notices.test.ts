import { describe, it, expect } from "vitest";
import { withNotice } from "./notices";

describe("withNotice", () => {
  it("appends the code to a same-site path", () => {
    expect(withNotice("/requester/hits/ABC", "/x", "approved")).toBe("/requester/hits/ABC?notice=approved");
    expect(withNotice("/requester/review?page=2", "/x", "rejected")).toBe("/requester/review?page=2&notice=rejected");
  });

  it("never sends anyone to another site", () => {
    expect(withNotice("https://evil.example/", "/requester/review", "approved")).toBe("/requester/review?notice=approved");
    expect(withNotice("//evil.example/", "/requester/review", "approved")).toBe("/requester/review?notice=approved");
    expect(withNotice("", "/admin/payments", "deposit-approved")).toBe("/admin/payments?notice=deposit-approved");
  });
});
