import { describe, expect, it } from "vitest";
import { OPERATION_NAMES } from "../model";
import { operations } from ".";

describe("the operation registry", () => {
  it("implements every operation of the model, and nothing else", () => {
    expect(Object.keys(operations).sort()).toEqual(OPERATION_NAMES);
    expect(OPERATION_NAMES).toHaveLength(39);
  });
});
