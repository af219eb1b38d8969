import { describe, expect, it } from "vitest";
import { createKeyFormSchema, revokeKeyFormSchema } from "./form-schema";

describe("API key forms", () => {
  it("takes an optional label of at most 100 characters", () => {
    expect(createKeyFormSchema.parse({}).label).toBe("");
    expect(createKeyFormSchema.parse({ label: "  nightly export  " }).label).toBe("nightly export");
    expect(createKeyFormSchema.safeParse({ label: "x".repeat(101) }).success).toBe(false);
  });

  it("revokes only something shaped like our access key ids", () => {
    expect(revokeKeyFormSchema.safeParse({ accessKeyId: "AKPW0123456789ABCDEF" }).success).toBe(true);
    expect(revokeKeyFormSchema.safeParse({ accessKeyId: "AKIA0123456789ABCDEF" }).success).toBe(false);
    expect(revokeKeyFormSchema.safeParse({ accessKeyId: "AKPW0123" }).success).toBe(false);
  });
});
