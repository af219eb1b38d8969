import { fixture } from "@/lib/testing/fixtures";
import { describe, expect, it } from "vitest";
import { invalidMessage } from "./expect-invalid.test-helper";
import { EXTERNAL_QUESTION_NAMESPACE, parseExternalQuestion } from "./external-question";

const doc = (url: string, height = "600", namespace = EXTERNAL_QUESTION_NAMESPACE) =>
  `<ExternalQuestion xmlns="${namespace}"><ExternalURL>${url}</ExternalURL><FrameHeight>${height}</FrameHeight></ExternalQuestion>`;

describe("parseExternalQuestion", () => {
  it("reads the fixture's URL with its own query and FrameHeight 0", () => {
    const xml = fixture("questions/externalquestion.xml").replace("EXTERNAL_BASE", "https://tasks.example.com");
    expect(parseExternalQuestion(xml)).toEqual({ url: "https://tasks.example.com/external-task.html?batch=7&lang=en", frameHeight: 0 });
  });

  it("allows plain http only for the local machine", () => {
    expect(parseExternalQuestion(doc("http://localhost:8080/t")).url).toBe("http://localhost:8080/t");
    expect(parseExternalQuestion(doc("http://127.0.0.1:5000/t?a=1")).url).toBe("http://127.0.0.1:5000/t?a=1");
    expect(parseExternalQuestion(doc("http://[::1]:5000/t")).url).toBe("http://[::1]:5000/t");
    expect(invalidMessage(() => parseExternalQuestion(doc("http://tasks.example.com/t")))).toMatch(/ExternalURL must use https/);
    expect(invalidMessage(() => parseExternalQuestion(doc("http://localhost.evil.example/t")))).toMatch(/must use https/);
    expect(invalidMessage(() => parseExternalQuestion(doc("javascript:alert(1)")))).toMatch(/must use https/);
    expect(invalidMessage(() => parseExternalQuestion(doc("data:text/html,hi")))).toMatch(/must use https/);
  });

  it("refuses a relative or unparsable URL and one with credentials", () => {
    expect(invalidMessage(() => parseExternalQuestion(doc("/task.html")))).toMatch(/ExternalURL "\/task.html" is not an absolute URL/);
    expect(invalidMessage(() => parseExternalQuestion(doc("https://user:pw@example.com/")))).toMatch(/user name or password/);
  });

  it("names a wrong namespace, malformed XML and missing parts", () => {
    expect(invalidMessage(() => parseExternalQuestion(doc("https://e.example/", "1", "urn:x")))).toMatch(/namespace "urn:x" is not supported/);
    expect(invalidMessage(() => parseExternalQuestion("<ExternalQuestion"))).toMatch(/ExternalQuestion is not well-formed XML/);
    expect(invalidMessage(() => parseExternalQuestion(doc("https://e.example/a&b")))).toMatch(/not well-formed XML.*'&'.*write each & of the query string as &amp;/);
    const ns = EXTERNAL_QUESTION_NAMESPACE;
    expect(invalidMessage(() => parseExternalQuestion(`<ExternalQuestion xmlns="${ns}"><FrameHeight>1</FrameHeight></ExternalQuestion>`))).toBe(
      "ExternalQuestion: ExternalURL is missing.",
    );
    expect(invalidMessage(() => parseExternalQuestion(`<ExternalQuestion xmlns="${ns}"><ExternalURL>https://e.example/</ExternalURL></ExternalQuestion>`))).toBe(
      "ExternalQuestion: FrameHeight is missing.",
    );
    expect(invalidMessage(() => parseExternalQuestion(doc("https://e.example/", "tall")))).toMatch(/FrameHeight must be a whole number/);
  });

  it("refuses a document over 65,535 bytes", () => {
    expect(invalidMessage(() => parseExternalQuestion(doc(`https://e.example/?q=${"a".repeat(65_600)}`)))).toMatch(/the limit is 65,535 bytes/);
  });
});
