import { describe, it, expect } from "vitest";
import { hitListFiltersSchema, isFiltered, toQueryFilters } from "./filters";

describe("HIT list filters", () => {
  it("reads status, title text and 'has work to review' from the query string", () => {
    const f = hitListFiltersSchema.parse({ status: "Reviewable", q: "  birds ", review: "1" });
    expect(toQueryFilters(f)).toEqual({ status: "Reviewable", title: "birds", toReview: true });
    expect(isFiltered(f)).toBe(true);
  });

  it("ignores unknown or malformed values instead of failing the page", () => {
    const f = hitListFiltersSchema.parse({ status: "Disposed", q: ["a", "b"], review: "yes" });
    expect(f).toEqual({ status: undefined, q: "a", review: undefined });
    expect(toQueryFilters(hitListFiltersSchema.parse({}))).toEqual({ status: undefined, title: undefined, toReview: false });
    expect(isFiltered(hitListFiltersSchema.parse({ q: "" }))).toBe(false);
  });
});
