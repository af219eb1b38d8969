import { describe, expect, it } from "vitest";
import { placeholdersOf } from "./layout";
import { STARTER_TEMPLATES } from "./templates";
import { hasOwnForm } from "@/lib/questions/layout-document";

describe("starter templates", () => {
  it.each(STARTER_TEMPLATES.map((t) => [t.label, t] as const))("%s: the sample row fills every placeholder, and the form is ours", (_, t) => {
    expect(placeholdersOf(t.layout).length).toBeGreaterThan(0);
    expect(Object.keys(t.sample).sort()).toEqual(placeholdersOf(t.layout).sort());
    expect(hasOwnForm(t.layout)).toBe(false);
  });
});
