import { describe, it, expect } from "vitest";
import { isTextEntry, shortcutFor } from "./review-shortcuts";

const body = { tagName: "BODY" };

describe("review shortcuts", () => {
  it("maps the documented keys", () => {
    expect(["j", "k", "x", "a", "r", "?"].map((key) => shortcutFor({ key, target: body }))).toEqual(["next", "previous", "toggle", "approve", "reject", "help"]);
    expect(shortcutFor({ key: "J", target: body })).toBeNull();
    expect(shortcutFor({ key: "q", target: body })).toBeNull();
  });

  it("never fires while typing, with modifier keys, or over an open dialog", () => {
    for (const target of [{ tagName: "TEXTAREA" }, { tagName: "INPUT", type: "text" }, { tagName: "INPUT" }, { tagName: "INPUT", type: "number" }, { tagName: "SELECT" }, { tagName: "DIV", isContentEditable: true }]) {
      expect(shortcutFor({ key: "a", target }), JSON.stringify(target)).toBeNull();
    }
    expect(shortcutFor({ key: "a", ctrlKey: true, target: body })).toBeNull();
    expect(shortcutFor({ key: "r", metaKey: true, target: body })).toBeNull();
    expect(shortcutFor({ key: "a", target: body }, true)).toBeNull();
  });

  it("still works from a checkbox or a button (not text fields)", () => {
    expect(shortcutFor({ key: "x", target: { tagName: "INPUT", type: "checkbox" } })).toBe("toggle");
    expect(shortcutFor({ key: "j", target: { tagName: "BUTTON" } })).toBe("next");
    expect(isTextEntry(null)).toBe(false);
  });
});
