import { fixture } from "@/lib/testing/fixtures";
import { describe, expect, it } from "vitest";
import { invalidMessage } from "./expect-invalid.test-helper";
import {
  QUESTION_FORM_ANSWERS_NAMESPACE,
  answersForDisplay,
  answersToXml,
  freeTextAnswers,
  parseAnswersXml,
  type Answer,
} from "./answers";
import { parseQuestionForm } from "./question-form";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>';

describe("answersToXml", () => {
  it("writes MTurk's QuestionFormAnswers document", () => {
    const xml = answersToXml([
      { questionIdentifier: "age", freeText: "34" },
      { questionIdentifier: "devices", selectionIdentifiers: ["phone", "laptop"], otherSelectionText: "Kindle" },
      { questionIdentifier: "receipt", uploadedFileKey: "uploads/r.jpg", uploadedFileSizeInBytes: 1234 },
    ]);
    expect(xml).toBe(
      [
        DECLARATION,
        `<QuestionFormAnswers xmlns="${QUESTION_FORM_ANSWERS_NAMESPACE}">`,
        "<Answer><QuestionIdentifier>age</QuestionIdentifier><FreeText>34</FreeText></Answer>",
        "<Answer><QuestionIdentifier>devices</QuestionIdentifier><SelectionIdentifier>phone</SelectionIdentifier><SelectionIdentifier>laptop</SelectionIdentifier><OtherSelectionText>Kindle</OtherSelectionText></Answer>",
        "<Answer><QuestionIdentifier>receipt</QuestionIdentifier><UploadedFileSizeInBytes>1234</UploadedFileSizeInBytes><UploadedFileKey>uploads/r.jpg</UploadedFileKey></Answer>",
        "</QuestionFormAnswers>",
      ].join("\n"),
    );
    expect(QUESTION_FORM_ANSWERS_NAMESPACE).toBe(
      "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd",
    );
  });

  it("escapes markup characters", () => {
    const xml = answersToXml([{ questionIdentifier: "q", freeText: "a < b && c > d ]]>" }]);
    expect(xml).toContain("<FreeText>a &lt; b &amp;&amp; c &gt; d ]]&gt;</FreeText>");
  });

  it("round-trips text that needs escaping, exactly", () => {
    const answers: Answer[] = [
      { questionIdentifier: "tags<&>", freeText: `  <script>alert("x")</script> & 'quotes' "double" ]]> ` },
      { questionIdentifier: "unicode", freeText: "Café – 日本語 – 😀 – Ünïcödé" },
      { questionIdentifier: "lines", freeText: "line one\nline two\r\nline three\r\n\n\ttabbed\n" },
      { questionIdentifier: "entities", freeText: "&amp; is not decoded twice; &#10; stays literal" },
      { questionIdentifier: "empty", freeText: "" },
      { questionIdentifier: "choice", selectionIdentifiers: ["a&b", "<c>"], otherSelectionText: ' Other "text" \n' },
      { questionIdentifier: "none", selectionIdentifiers: [] },
      { questionIdentifier: "file", uploadedFileKey: "files/ä & b.png", uploadedFileSizeInBytes: 0 },
    ];
    expect(parseAnswersXml(answersToXml(answers))).toEqual(answers);
  });

  it("drops characters XML cannot carry instead of writing an unreadable document", () => {
    const xml = answersToXml([{ questionIdentifier: "q", freeText: "bell\u0007 nul\u0000 ok\uFFFF" }]);
    expect(parseAnswersXml(xml)).toEqual([{ questionIdentifier: "q", freeText: "bell nul ok" }]);
  });
});

describe("parseAnswersXml", () => {
  it("reads a document as MTurk writes it, with or without the declaration", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<QuestionFormAnswers xmlns="${QUESTION_FORM_ANSWERS_NAMESPACE}">
  <Answer>
    <QuestionIdentifier>nationality</QuestionIdentifier>
    <FreeText>Iranian</FreeText>
  </Answer>
  <Answer>
    <QuestionIdentifier>color</QuestionIdentifier>
    <SelectionIdentifier>red</SelectionIdentifier>
    <SelectionIdentifier>blue</SelectionIdentifier>
  </Answer>
  <Answer>
    <QuestionIdentifier>skipped</QuestionIdentifier>
  </Answer>
</QuestionFormAnswers>`;
    expect(parseAnswersXml(xml)).toEqual([
      { questionIdentifier: "nationality", freeText: "Iranian" },
      { questionIdentifier: "color", selectionIdentifiers: ["red", "blue"] },
      { questionIdentifier: "skipped", selectionIdentifiers: [] },
    ]);
  });

  it("rejects other documents and mixed answers", () => {
    expect(invalidMessage(() => parseAnswersXml("<QuestionForm/>"))).toBe("The root element is QuestionForm; expected QuestionFormAnswers.");
    expect(invalidMessage(() => parseAnswersXml("<QuestionFormAnswers><Answer>"))).toMatch(/^QuestionFormAnswers is not well-formed XML/);
    const mixed = `<QuestionFormAnswers><Answer><QuestionIdentifier>q</QuestionIdentifier><FreeText>a</FreeText><SelectionIdentifier>b</SelectionIdentifier></Answer></QuestionFormAnswers>`;
    expect(invalidMessage(() => parseAnswersXml(mixed))).toBe(
      "QuestionFormAnswers, Answer 1: an Answer holds either FreeText, or selections, or an uploaded file, not several.",
    );
    const noId = `<QuestionFormAnswers><Answer><FreeText>a</FreeText></Answer></QuestionFormAnswers>`;
    expect(invalidMessage(() => parseAnswersXml(noId))).toBe("QuestionFormAnswers, Answer 1: QuestionIdentifier is missing.");
    const halfFile = `<QuestionFormAnswers><Answer><QuestionIdentifier>f</QuestionIdentifier><UploadedFileKey>k</UploadedFileKey></Answer></QuestionFormAnswers>`;
    expect(invalidMessage(() => parseAnswersXml(halfFile))).toBe(
      "QuestionFormAnswers, Answer 1: an uploaded file needs both UploadedFileSizeInBytes and UploadedFileKey.",
    );
  });
});

describe("freeTextAnswers", () => {
  it("turns every field but assignmentId into a FreeText answer, in order", () => {
    expect(freeTextAnswers({ assignmentId: "A1", sentiment: "positive", comment: "Great <b>" })).toEqual([
      { questionIdentifier: "sentiment", freeText: "positive" },
      { questionIdentifier: "comment", freeText: "Great <b>" },
    ]);
  });

  it("joins a field posted several times with |", () => {
    expect(freeTextAnswers({ colors: ["red", "blue"] })).toEqual([{ questionIdentifier: "colors", freeText: "red|blue" }]);
  });
});

describe("answersForDisplay", () => {
  const survey = parseQuestionForm(
    fixture("questions/questionform-survey.xml"),
  );

  it("labels answers with DisplayName or the question text and shows the choices' text", () => {
    const rows = answersForDisplay(survey, [
      { questionIdentifier: "age", freeText: "34" },
      { questionIdentifier: "household", selectionIdentifiers: ["h3"] },
      { questionIdentifier: "devices", selectionIdentifiers: ["phone", "watch"], otherSelectionText: "Kindle" },
      { questionIdentifier: "state", selectionIdentifiers: ["NY"] },
      { questionIdentifier: "receipt", uploadedFileKey: "uploads/r.jpg", uploadedFileSizeInBytes: 2048 },
      { questionIdentifier: "extra", freeText: "not in the form" },
    ]);
    expect(rows).toEqual([
      { questionIdentifier: "age", label: "Age", value: "34" },
      { questionIdentifier: "zip", label: "Your 5-digit ZIP code", value: "" },
      { questionIdentifier: "household", label: "How many people live in your household?", value: "3 or 4" },
      { questionIdentifier: "devices", label: "Which devices do you use daily? Pick one to three.", value: "Phone; Smart watch; Other: Kindle" },
      { questionIdentifier: "state", label: "State", value: "New York" },
      { questionIdentifier: "receipt", label: "Optionally upload a photo of a recent receipt (up to 1 MB).", value: "uploads/r.jpg (2 KB)" },
      { questionIdentifier: "comments", label: "Comments", value: "" },
      { questionIdentifier: "extra", label: "extra", value: "not in the form" },
    ]);
  });

  it("shows an identifier the form does not list as it is", () => {
    const rows = answersForDisplay(survey, [{ questionIdentifier: "state", selectionIdentifiers: ["XX"] }]);
    expect(rows.find((row) => row.questionIdentifier === "state")).toEqual({ questionIdentifier: "state", label: "State", value: "XX" });
  });

  it("without a form, lists the answers under their identifiers", () => {
    expect(answersForDisplay(null, freeTextAnswers({ sentiment: "positive", assignmentId: "A" }))).toEqual([
      { questionIdentifier: "sentiment", label: "sentiment", value: "positive" },
    ]);
  });

  it("labels a question that opens with formatted content by its text, without markup", () => {
    const form = parseQuestionForm(
      `<QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd"><Question><QuestionIdentifier>q</QuestionIdentifier><QuestionContent><FormattedContent><![CDATA[<p>Is <b>this</b> &amp; that <script>x()</script>OK?</p>]]></FormattedContent></QuestionContent><AnswerSpecification><SelectionAnswer><Selections><Selection><SelectionIdentifier>y</SelectionIdentifier><FormattedContent><![CDATA[<i>Yes</i> &lt;sure&gt;]]></FormattedContent></Selection></Selections></SelectionAnswer></AnswerSpecification></Question></QuestionForm>`,
    );
    expect(answersForDisplay(form, [{ questionIdentifier: "q", selectionIdentifiers: ["y"] }])).toEqual([
      { questionIdentifier: "q", label: "Is this & that OK?", value: "Yes <sure>" },
    ]);
  });
});
