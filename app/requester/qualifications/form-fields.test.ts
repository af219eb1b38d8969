import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { minutesField, MINUTE_INPUTS, withFormFieldNames } from "./form-fields";

describe("minutesField", () => {
  it("turns minutes into whole seconds and blank into undefined", () => {
    const f = minutesField("The delay");
    expect(f.parse("")).toBeUndefined();
    expect(f.parse(undefined)).toBeUndefined();
    expect(f.parse(" 0 ")).toBe(0);
    expect(f.parse("0.5")).toBe(30);
    expect(f.parse("1440")).toBe(86_400);
    expect(f.safeParse("1e3").error?.issues[0].message).toBe("The delay must be a number of minutes, such as 30 or 1.5");
  });
});

describe("withFormFieldNames", () => {
  it("puts the domain's seconds fields under the forms' minutes inputs, keeping code and message", () => {
    const e = new DomainError("InvalidInput", "Retries cannot be switched off", { fieldErrors: { retryDelaySeconds: "Retries cannot be switched off", name: "taken" } });
    try {
      withFormFieldNames(e, { ...MINUTE_INPUTS, autoGranted: "grant" });
    } catch (thrown) {
      expect(thrown).toMatchObject({ code: "InvalidInput", message: "Retries cannot be switched off", fieldErrors: { retryDelay: "Retries cannot be switched off", name: "taken" } });
      return;
    }
    expect.unreachable();
  });

  it("lets anything that is not a domain error with field errors through unchanged", () => {
    const plain = new Error("boom");
    expect(() => withFormFieldNames(plain)).toThrow(plain);
    const conflict = new DomainError("Conflict", "no");
    expect(() => withFormFieldNames(conflict)).toThrow(conflict);
  });
});
