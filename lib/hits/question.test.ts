import { fixture } from "@/lib/testing/fixtures";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { buildQuestionFormXml } from "@/lib/questions/question-form-builder";
import { validateQuestion } from "./question";

function refusal(xml: string): DomainError {
  try {
    validateQuestion(xml);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  }
  throw new Error("expected validateQuestion to refuse the document");
}

describe("validateQuestion", () => {
  it("names the format of each of MTurk's three question documents", () => {
    expect(validateQuestion(fixture("questions/questionform-survey.xml"))).toBe("QuestionForm");
    expect(validateQuestion(fixture("questions/htmlquestion.xml"))).toBe("HTMLQuestion");
    expect(validateQuestion(fixture("questions/externalquestion.xml").replace("EXTERNAL_BASE", "https://t.example"))).toBe("ExternalQuestion");
    expect(validateQuestion(`<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->\n${fixture("questions/htmlquestion.xml")}`)).toBe(
      "HTMLQuestion",
    );
  });

  it("accepts what the web form's builder writes", () => {
    const xml = buildQuestionFormXml({ questions: [{ id: "why", kind: "freetext", text: "Why?", required: true }] });
    expect(validateQuestion(xml)).toBe("QuestionForm");
  });

  it("passes on the format parser's message, also as the question field's error", () => {
    const e = refusal(fixture("questions/externalquestion.xml"));
    expect(e.code).toBe("InvalidInput");
    expect(e.message).toMatch(/ExternalURL "EXTERNAL_BASE\/external-task.html\?batch=7&lang=en" is not an absolute URL/);
    expect(e.fieldErrors).toEqual({ question: e.message });
  });

  it("refuses other documents, non-XML and empty input clearly", () => {
    expect(refusal('<HITLayout xmlns="urn:x"/>').message).toBe(
      "Unsupported question document <HITLayout>: use a QuestionForm, HTMLQuestion or ExternalQuestion.",
    );
    expect(refusal("<html><body>hi</body></html>").message).toMatch(/Unsupported question document <html>/);
    expect(refusal("Translate this sentence").message).toMatch(/The question is not well-formed XML/);
    expect(refusal("").message).toBe("The question is empty.");
    expect(refusal(undefined as unknown as string).message).toMatch(/The question is missing/);
  });

  it("refuses a document over 65,535 bytes before parsing it", () => {
    const e = refusal(`<QuestionForm>${"x".repeat(65_536)}</QuestionForm>`);
    expect(e.message).toMatch(/65,5\d\d bytes; MTurk's limit is 65,535/);
    expect(e.fieldErrors).toEqual({ question: "The question is over 65,535 bytes" });
  });
});
