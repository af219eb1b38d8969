import { fixture } from "@/lib/testing/fixtures";
import { describe, expect, it } from "vitest";
import { invalidMessage } from "./expect-invalid.test-helper";
import { DEFAULT_FRAME_HEIGHT, displayFrameHeight } from "./frame-question-reader";
import { HTML_QUESTION_NAMESPACE, parseHtmlQuestion } from "./html-question";

const doc = (body: string, namespace = HTML_QUESTION_NAMESPACE) => `<HTMLQuestion xmlns="${namespace}">${body}</HTMLQuestion>`;
const content = (html: string) => `<HTMLContent><![CDATA[${html}]]></HTMLContent>`;

describe("parseHtmlQuestion", () => {
  it("reads the fixture's HTML document and frame height", () => {
    const q = parseHtmlQuestion(fixture("questions/htmlquestion.xml"));
    expect(q.frameHeight).toBe(450);
    expect(q.html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(q.html).toContain('<textarea name="translation"');
    expect(q.html).toContain("window.location.search");
    expect(q.html.endsWith("</html>")).toBe(true);
  });

  it("takes escaped HTML as well as CDATA, and FrameHeight 0 as 'size yourself'", () => {
    const q = parseHtmlQuestion(doc("<HTMLContent>&lt;p&gt;Hi &amp; bye&lt;/p&gt;</HTMLContent><FrameHeight> 0 </FrameHeight>"));
    expect(q).toEqual({ html: "<p>Hi & bye</p>", frameHeight: 0 });
    expect(displayFrameHeight(q.frameHeight)).toBe(DEFAULT_FRAME_HEIGHT);
    expect(displayFrameHeight(450)).toBe(450);
  });

  it("refuses a wrong or missing namespace and another root element", () => {
    expect(invalidMessage(() => parseHtmlQuestion(doc(content("<p>x</p>") + "<FrameHeight>1</FrameHeight>", "urn:other")))).toMatch(
      /namespace "urn:other" is not supported.*2011-11-11\/HTMLQuestion\.xsd/,
    );
    expect(invalidMessage(() => parseHtmlQuestion(`<HTMLQuestion>${content("<p>x</p>")}<FrameHeight>1</FrameHeight></HTMLQuestion>`))).toMatch(
      /no namespace; add xmlns=/,
    );
    expect(invalidMessage(() => parseHtmlQuestion(`<QuestionForm xmlns="${HTML_QUESTION_NAMESPACE}"/>`))).toMatch(/root element is QuestionForm/);
  });

  it("refuses malformed XML and HTML outside CDATA with a hint", () => {
    expect(invalidMessage(() => parseHtmlQuestion(doc("<HTMLContent>x</HTMLContent><FrameHeight>1</FrameHeight"))))
      .toMatch(/HTMLQuestion is not well-formed XML/);
    expect(invalidMessage(() => parseHtmlQuestion(doc("<HTMLContent><p>x</p></HTMLContent><FrameHeight>1</FrameHeight>"))))
      .toMatch(/HTMLContent must contain only text, found element <p>; wrap HTML in <!\[CDATA\[/);
  });

  it("names a missing or empty HTMLContent and a missing or non-integer FrameHeight", () => {
    expect(invalidMessage(() => parseHtmlQuestion(doc("<FrameHeight>450</FrameHeight>")))).toBe("HTMLQuestion: HTMLContent is missing.");
    expect(invalidMessage(() => parseHtmlQuestion(doc(content("  ") + "<FrameHeight>450</FrameHeight>")))).toBe("HTMLQuestion: HTMLContent is empty.");
    expect(invalidMessage(() => parseHtmlQuestion(doc(content("<p>x</p>"))))).toBe("HTMLQuestion: FrameHeight is missing.");
    expect(invalidMessage(() => parseHtmlQuestion(doc(content("<p>x</p>") + "<FrameHeight>450px</FrameHeight>")))).toMatch(
      /FrameHeight must be a whole number, got "450px"/,
    );
    expect(invalidMessage(() => parseHtmlQuestion(doc(content("<p>x</p>") + "<FrameHeight>12.5</FrameHeight>")))).toMatch(/whole number/);
    expect(invalidMessage(() => parseHtmlQuestion(doc(content("<p>x</p>") + "<FrameHeight>-1</FrameHeight>")))).toMatch(/at least 0/);
  });

  it("refuses unknown and repeated elements", () => {
    expect(invalidMessage(() => parseHtmlQuestion(doc(content("x") + "<FrameHeight>1</FrameHeight><Extra/>")))).toMatch(/unexpected element Extra/);
    expect(invalidMessage(() => parseHtmlQuestion(doc(content("x") + content("y") + "<FrameHeight>1</FrameHeight>")))).toMatch(
      /HTMLContent appears 2 times/,
    );
  });

  it("refuses a document over 65,535 bytes, counting UTF-8 bytes", () => {
    const big = doc(content("é".repeat(33_000)) + "<FrameHeight>1</FrameHeight>");
    expect(big.length).toBeLessThan(65_535);
    expect(invalidMessage(() => parseHtmlQuestion(big))).toMatch(/HTMLQuestion is 66,\d{3} bytes; the limit is 65,535 bytes/);
  });
});
