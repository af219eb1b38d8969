import { describe, expect, it } from "vitest";
import { htmlQuestionCsp, htmlQuestionDocument } from "./frame-document";

describe("htmlQuestionCsp", () => {
  const csp = htmlQuestionCsp("https://piecework.example");
  const directives = new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.slice(d.indexOf(" ") + 1)]));

  it("sandboxes without same-origin and lets the form post only to our submit route", () => {
    expect(directives.get("sandbox")).toBe("allow-scripts allow-forms");
    expect(csp).not.toContain("allow-same-origin");
    expect(directives.get("form-action")).toBe("https://piecework.example/mturk/externalSubmit");
    expect(directives.get("default-src")).toBe("'none'");
    expect(directives.get("frame-ancestors")).toBe("'self'");
    expect(directives.get("base-uri")).toBe("'none'");
    expect(directives.get("connect-src")).toBe("https:");
  });
});

describe("htmlQuestionDocument", () => {
  it("keeps a whole document as written", () => {
    const doc = "<!DOCTYPE html>\n<html><body><p>x</p></body></html>";
    expect(htmlQuestionDocument(doc)).toBe(doc);
    expect(htmlQuestionDocument("<html lang=fr><body>y</body></html>")).toBe("<html lang=fr><body>y</body></html>");
  });

  it("wraps a fragment in a document with a charset", () => {
    const doc = htmlQuestionDocument('<form><input name="a"></form>');
    expect(doc.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(doc).toContain('<meta charset="utf-8">');
    expect(doc).toContain('<body><form><input name="a"></form></body>');
  });
});
