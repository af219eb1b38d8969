import { describe, expect, it } from "vitest";
import { answersToXml, parseAnswersXml, type Answer } from "@/lib/questions/answers";
import { answerCells, answerValue, scanAnswers } from "./answer-cells";

/** What the general reader makes of a document: the reference the scanner must agree with. */
function reference(xml: string): Record<string, string> {
  try {
    return Object.fromEntries(parseAnswersXml(xml).map((a) => [a.questionIdentifier, answerValue(a)]));
  } catch {
    return {};
  }
}

const NS = "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd";
const tricky = ["", "plain", "a, \"quoted\"\nnote", "<b>&amp; 5 > 4</b>", "tab\there", "cr\r\nlf", "emoji 🎉 ü", "]]> end", "  spaced  ", "&#10;literal", "nul\u0000byte"];

describe("answer cells", () => {
  it("writes each answer kind as one cell", () => {
    expect(answerValue({ questionIdentifier: "a", freeText: "x, y" })).toBe("x, y");
    expect(answerValue({ questionIdentifier: "a", selectionIdentifiers: ["red", "blue"], otherSelectionText: "teal" })).toBe("red|blue|teal");
    expect(answerValue({ questionIdentifier: "a", uploadedFileKey: "K", uploadedFileSizeInBytes: 3 })).toBe("K");
  });

  it("reads every document answersToXml writes itself, exactly as the general reader does", () => {
    for (const t of tricky) {
      const answers: Answer[] = [
        { questionIdentifier: "free", freeText: t },
        { questionIdentifier: "pick", selectionIdentifiers: ["red", "blue"], otherSelectionText: t === "" ? undefined : t },
        { questionIdentifier: "none", selectionIdentifiers: [] },
        { questionIdentifier: "file", uploadedFileKey: "KEY1", uploadedFileSizeInBytes: 12 },
      ];
      const xml = answersToXml(answers);
      const expected = reference(xml);
      expect(answerCells(xml)).toEqual(expected);
      // The scanner itself takes them (only "]]>" text, which the writer escapes too, may be declined).
      const scanned = scanAnswers(xml);
      if (scanned) expect(scanned).toEqual(expected);
      else expect(t).toMatch(/\]\]>|\r/);
    }
  });

  it("agrees with the general reader on documents written elsewhere, taking over where it declines", () => {
    const docs = [
      `<QuestionFormAnswers xmlns="${NS}"><Answer><QuestionIdentifier>s</QuestionIdentifier><FreeText>positive</FreeText></Answer></QuestionFormAnswers>`,
      `<QuestionFormAnswers xmlns="${NS}">\n  <Answer>\n    <QuestionIdentifier>s</QuestionIdentifier>\n    <FreeText>spaced out</FreeText>\n  </Answer>\n</QuestionFormAnswers>`,
      `<QuestionFormAnswers xmlns="${NS}"><Answer><QuestionIdentifier>s</QuestionIdentifier><FreeText><![CDATA[a <b> c]]></FreeText></Answer></QuestionFormAnswers>`,
      `<QuestionFormAnswers xmlns="urn:other"><Answer><QuestionIdentifier>s</QuestionIdentifier><FreeText>x</FreeText></Answer></QuestionFormAnswers>`,
      `<QuestionFormAnswers><Answer><QuestionIdentifier>s</QuestionIdentifier><FreeText>x</FreeText><SelectionIdentifier>y</SelectionIdentifier></Answer></QuestionFormAnswers>`,
      `<QuestionFormAnswers><Answer><FreeText>x</FreeText><QuestionIdentifier> late </QuestionIdentifier></Answer></QuestionFormAnswers>`,
      `<QuestionFormAnswers><Answer><QuestionIdentifier>s</QuestionIdentifier><FreeText>a &unknown; b</FreeText></Answer></QuestionFormAnswers>`,
      `<QuestionFormAnswers><Answer><QuestionIdentifier>s</QuestionIdentifier><FreeText>&#0;</FreeText></Answer></QuestionFormAnswers>`,
      `<QuestionFormAnswers><Answer><QuestionIdentifier>s</QuestionIdentifier><FreeText>&#x1F389; &#233;</FreeText></Answer></QuestionFormAnswers>`,
      `<QuestionFormAnswers><Answer><QuestionIdentifier>dup</QuestionIdentifier><FreeText>1</FreeText></Answer><Answer><QuestionIdentifier>dup</QuestionIdentifier><FreeText>2</FreeText></Answer></QuestionFormAnswers>`,
      `<QuestionFormAnswers><Answer><QuestionIdentifier>f</QuestionIdentifier><UploadedFileSizeInBytes>-1</UploadedFileSizeInBytes><UploadedFileKey>K</UploadedFileKey></Answer></QuestionFormAnswers>`,
      `<QuestionFormAnswers><Answer><QuestionIdentifier>s</QuestionIdentifier><FreeText>x</FreeText></Answer>junk</QuestionFormAnswers>`,
      `<QuestionFormAnswers><Answer><QuestionIdentifier>s</QuestionIdentifier><FreeText>x</FreeTxt></Answer></QuestionFormAnswers>`,
      `not xml at all`,
    ];
    for (const xml of docs) expect(answerCells(xml), xml).toEqual(reference(xml));
    expect(scanAnswers(docs[0])).toEqual({ s: "positive" });
    expect(answerCells(docs[2])).toEqual({ s: "a <b> c" });
    expect(answerCells(docs[3])).toEqual({});
    expect(answerCells(null)).toEqual({});
  });
});
