import { fixture } from "@/lib/testing/fixtures";
import { describe, expect, it } from "vitest";
import { invalidMessage } from "./expect-invalid.test-helper";
import {
  QUESTION_FORM_NAMESPACE_2005,
  QUESTION_FORM_NAMESPACE_2017,
  formHasFileUpload,
  formQuestions,
  parseQuestionForm,
} from "./question-form";


const NS = QUESTION_FORM_NAMESPACE_2017;
const form = (body: string, namespace = NS) => `<QuestionForm xmlns="${namespace}">${body}</QuestionForm>`;
const freeTextQuestion = (id: string, extra = "") =>
  `<Question><QuestionIdentifier>${id}</QuestionIdentifier><QuestionContent><Text>Q ${id}</Text></QuestionContent>` +
  `<AnswerSpecification><FreeTextAnswer>${extra}</FreeTextAnswer></AnswerSpecification></Question>`;
const selectionQuestion = (id: string, answer: string) =>
  `<Question><QuestionIdentifier>${id}</QuestionIdentifier><QuestionContent><Text>Q ${id}</Text></QuestionContent>` +
  `<AnswerSpecification><SelectionAnswer>${answer}</SelectionAnswer></AnswerSpecification></Question>`;
const selections = (...ids: string[]) =>
  `<Selections>${ids.map((id) => `<Selection><SelectionIdentifier>${id}</SelectionIdentifier><Text>${id} text</Text></Selection>`).join("")}</Selections>`;

describe("parseQuestionForm on the survey fixture", () => {
  const survey = parseQuestionForm(fixture("questions/questionform-survey.xml"));

  it("reads the overview with its title, text and raw formatted content", () => {
    expect(survey.namespace).toBe(NS);
    expect(survey.items[0]).toEqual({
      kind: "overview",
      content: [
        { kind: "title", text: "Household survey" },
        { kind: "text", text: "Please answer every question. It takes about two minutes." },
        {
          kind: "formattedContent",
          xhtml: '<p>Read the <b>instructions</b> first. <a href="javascript:alert(1)">bad link</a><img src="x" onerror="alert(2)"></p>',
        },
      ],
    });
  });

  it("reads every question in document order with its exact constraints and styles", () => {
    const text = (t: string) => [{ kind: "text", text: t }];
    const choice = (identifier: string, t: string) => ({ identifier, content: { kind: "text", text: t } });
    expect(survey.items.slice(1)).toEqual([
      {
        kind: "question",
        identifier: "age",
        displayName: "Age",
        isRequired: true,
        content: text("How old are you?"),
        answer: { type: "freeText", constraints: { isNumeric: { minValue: 18, maxValue: 120 }, answerFormatRegex: [] } },
      },
      {
        kind: "question",
        identifier: "zip",
        isRequired: true,
        content: text("Your 5-digit ZIP code"),
        answer: {
          type: "freeText",
          constraints: {
            length: { minLength: 5, maxLength: 5 },
            answerFormatRegex: [{ regex: "^[0-9]{5}$", errorText: "Five digits, please." }],
          },
        },
      },
      {
        kind: "question",
        identifier: "household",
        isRequired: true,
        content: text("How many people live in your household?"),
        answer: {
          type: "selection",
          styleSuggestion: "radiobutton",
          selections: [choice("h1", "1"), choice("h2", "2"), choice("h3", "3 or 4"), choice("h5", "5 or more")],
        },
      },
      {
        kind: "question",
        identifier: "devices",
        isRequired: true,
        content: text("Which devices do you use daily? Pick one to three."),
        answer: {
          type: "selection",
          minSelectionCount: 1,
          maxSelectionCount: 3,
          styleSuggestion: "checkbox",
          selections: [
            choice("phone", "Phone"),
            choice("laptop", "Laptop"),
            choice("tablet", "Tablet"),
            choice("desktop", "Desktop"),
            choice("watch", "Smart watch"),
          ],
          otherSelection: { type: "freeText", constraints: { length: { maxLength: 40 }, answerFormatRegex: [] } },
        },
      },
      {
        kind: "question",
        identifier: "state",
        isRequired: false,
        content: text("State"),
        answer: {
          type: "selection",
          styleSuggestion: "dropdown",
          selections: [choice("CA", "California"), choice("NY", "New York"), choice("TX", "Texas"), choice("WA", "Washington")],
        },
      },
      {
        kind: "question",
        identifier: "receipt",
        isRequired: false,
        content: text("Optionally upload a photo of a recent receipt (up to 1 MB)."),
        answer: { type: "fileUpload", minFileSizeInBytes: 1, maxFileSizeInBytes: 1048576 },
      },
      {
        kind: "question",
        identifier: "comments",
        isRequired: false,
        content: text("Comments"),
        answer: { type: "freeText", constraints: { answerFormatRegex: [] }, numberOfLinesSuggestion: 4 },
      },
    ]);
  });

  it("knows the form has a file question", () => {
    expect(formHasFileUpload(survey)).toBe(true);
    expect(formHasFileUpload(parseQuestionForm(form(freeTextQuestion("a"))))).toBe(false);
  });
});

describe("parseQuestionForm on the qualification test fixture", () => {
  it("reads its four questions, the dropdown and the checkbox with counts", () => {
    const test = parseQuestionForm(fixture("qualifications/english-test.xml"));
    const questions = formQuestions(test);
    expect(questions.map((q) => q.identifier)).toEqual(["q1", "q2", "q3", "q4"]);
    expect(questions[2].answer).toMatchObject({ type: "selection", styleSuggestion: "dropdown" });
    expect(questions[3].answer).toMatchObject({ minSelectionCount: 1, maxSelectionCount: 3, styleSuggestion: "checkbox" });
    expect(questions[1].answer.type === "selection" && questions[1].answer.selections[1]).toEqual({
      identifier: "it_s",
      content: { kind: "text", text: "it's" },
    });
  });
});

describe("parseQuestionForm content and answer elements", () => {
  it("accepts the 2005-10-01 namespace", () => {
    expect(parseQuestionForm(form(freeTextQuestion("a"), QUESTION_FORM_NAMESPACE_2005)).namespace).toBe(QUESTION_FORM_NAMESPACE_2005);
  });

  it("accepts a prefixed namespace", () => {
    const xml = `<qf:QuestionForm xmlns:qf="${NS}"><qf:Question><qf:QuestionIdentifier>a</qf:QuestionIdentifier><qf:QuestionContent><qf:Text>Hi</qf:Text></qf:QuestionContent><qf:AnswerSpecification><qf:FreeTextAnswer/></qf:AnswerSpecification></qf:Question></qf:QuestionForm>`;
    expect(formQuestions(parseQuestionForm(xml))[0].content).toEqual([{ kind: "text", text: "Hi" }]);
  });

  it("keeps overviews and questions in document order", () => {
    const parsed = parseQuestionForm(form(`${freeTextQuestion("a")}<Overview><Text>Part two</Text></Overview>${freeTextQuestion("b")}`));
    expect(parsed.items.map((item) => (item.kind === "overview" ? "overview" : item.identifier))).toEqual(["a", "overview", "b"]);
  });

  it("reads lists, binaries, entities and character references", () => {
    const xml = form(
      `<Overview><Text>Caf&#233; &amp; b&#x1F600;r &lt;3</Text><List><ListItem>one</ListItem><ListItem>two</ListItem></List>` +
        `<Binary><MimeType><Type>image</Type><SubType>png</SubType></MimeType><DataURL>https://example.com/cat.png</DataURL><AltText>A cat</AltText></Binary></Overview>` +
        freeTextQuestion("a"),
    );
    expect(parseQuestionForm(xml).items[0]).toEqual({
      kind: "overview",
      content: [
        { kind: "text", text: "Café & b😀r <3" },
        { kind: "list", items: ["one", "two"] },
        { kind: "binary", mimeType: { type: "image", subType: "png" }, dataUrl: "https://example.com/cat.png", altText: "A cat" },
      ],
    });
  });

  it("reads selections shown as formatted content or images, and OtherSelection in MTurk's own form", () => {
    const answer =
      `<MinSelectionCount>0</MinSelectionCount><StyleSuggestion>combobox</StyleSuggestion><Selections>` +
      `<Selection><SelectionIdentifier>f</SelectionIdentifier><FormattedContent><![CDATA[<b>bold</b>]]></FormattedContent></Selection>` +
      `<Selection><SelectionIdentifier>i</SelectionIdentifier><Binary><MimeType><Type>image</Type></MimeType><DataURL>http://x.test/a.gif</DataURL><AltText>gif</AltText></Binary></Selection>` +
      `<OtherSelection><Constraints><Length minLength="2"/></Constraints><DefaultText>type here</DefaultText></OtherSelection></Selections>`;
    const question = formQuestions(parseQuestionForm(form(selectionQuestion("s", answer))))[0];
    expect(question.answer).toEqual({
      type: "selection",
      minSelectionCount: 0,
      styleSuggestion: "combobox",
      selections: [
        { identifier: "f", content: { kind: "formattedContent", xhtml: "<b>bold</b>" } },
        { identifier: "i", content: { kind: "binary", mimeType: { type: "image" }, dataUrl: "http://x.test/a.gif", altText: "gif" } },
      ],
      otherSelection: { type: "freeText", constraints: { length: { minLength: 2 }, answerFormatRegex: [] }, defaultText: "type here" },
    });
  });

  it("reads several AnswerFormatRegex with flags, DefaultText verbatim and file size defaults", () => {
    const xml = form(
      freeTextQuestion(
        "a",
        `<Constraints><AnswerFormatRegex regex="^[a-z]+$" flags="i" errorText="Letters only"/><AnswerFormatRegex regex="x"/></Constraints><DefaultText>  two\nlines </DefaultText>`,
      ) +
        `<Question><QuestionIdentifier>f</QuestionIdentifier><QuestionContent><Text>File</Text></QuestionContent><AnswerSpecification><FileUploadAnswer/></AnswerSpecification></Question>`,
    );
    const [a, f] = formQuestions(parseQuestionForm(xml));
    expect(a.answer).toEqual({
      type: "freeText",
      constraints: { answerFormatRegex: [{ regex: "^[a-z]+$", flags: "i", errorText: "Letters only" }, { regex: "x" }] },
      defaultText: "  two\nlines ",
    });
    expect(f.answer).toEqual({ type: "fileUpload", minFileSizeInBytes: 0, maxFileSizeInBytes: 2_000_000_000 });
  });
});

describe("parseQuestionForm rejections", () => {
  it("rejects malformed XML with the parser's reason and position", () => {
    expect(invalidMessage(() => parseQuestionForm(form("<Question><QuestionIdentifier>a</Question>")))).toMatch(
      /^QuestionForm is not well-formed XML: Expected closing tag 'QuestionIdentifier' .* \(line 1, column \d+\)$/,
    );
    expect(invalidMessage(() => parseQuestionForm(""))).toBe("QuestionForm is empty.");
    expect(invalidMessage(() => parseQuestionForm(undefined as unknown as string))).toBe(
      "QuestionForm is missing; send the XML document as a string.",
    );
    expect(invalidMessage(() => parseQuestionForm(`${form(freeTextQuestion("a"))}<Extra/>`))).toBe(
      "QuestionForm must have exactly one root element, found 2.",
    );
    expect(invalidMessage(() => parseQuestionForm(form(freeTextQuestion("a&b"))))).toMatch(/^QuestionForm (is not well-formed XML|has a "&")/);
    expect(invalidMessage(() => parseQuestionForm(form(freeTextQuestion("a&nbsp;b"))))).toBe(
      "QuestionForm uses the unknown entity &nbsp;; only &lt; &gt; &amp; &quot; &apos; and character references are allowed.",
    );
  });

  it("rejects a DOCTYPE (no entity expansion tricks)", () => {
    const xml = `<!DOCTYPE QuestionForm [<!ENTITY x "y">]>${form(freeTextQuestion("a"))}`;
    expect(invalidMessage(() => parseQuestionForm(xml))).toBe("QuestionForm must not contain a DOCTYPE declaration.");
  });

  it("rejects an unknown namespace, a missing one and a different root", () => {
    expect(invalidMessage(() => parseQuestionForm(form(freeTextQuestion("a"), "http://example.com/QuestionForm.xsd")))).toBe(
      `QuestionForm namespace "http://example.com/QuestionForm.xsd" is not supported; use "${NS}" (or the 2005-10-01 QuestionForm.xsd).`,
    );
    expect(invalidMessage(() => parseQuestionForm(`<QuestionForm>${freeTextQuestion("a")}</QuestionForm>`))).toBe(
      `QuestionForm has no namespace; add xmlns="${NS}".`,
    );
    expect(invalidMessage(() => parseQuestionForm(`<HTMLQuestion xmlns="${NS}"/>`))).toBe(
      "The root element is HTMLQuestion; a QuestionForm document starts with <QuestionForm>.",
    );
    const foreign = form(`<Question xmlns="urn:other"><QuestionIdentifier>a</QuestionIdentifier></Question>`);
    expect(invalidMessage(() => parseQuestionForm(foreign))).toBe("QuestionForm: element Question is not in the QuestionForm namespace.");
  });

  it("rejects a document over 65,535 UTF-8 bytes even when it has fewer characters", () => {
    const body = `<Overview><Text>${"é".repeat(33_000)}</Text></Overview>${freeTextQuestion("a")}`;
    const xml = form(body);
    expect(xml.length).toBeLessThan(65_535);
    expect(invalidMessage(() => parseQuestionForm(xml))).toMatch(/^QuestionForm is 66,\d{3} bytes; the limit is 65,535 bytes \(UTF-8\)\.$/);
    // ...and the same text in one-byte characters is fine.
    expect(() => parseQuestionForm(form(`<Overview><Text>${"e".repeat(33_000)}</Text></Overview>${freeTextQuestion("a")}`))).not.toThrow();
  });

  it("names the question and the missing element", () => {
    const noIdentifier = form(`<Question><QuestionContent><Text>x</Text></QuestionContent><AnswerSpecification><FreeTextAnswer/></AnswerSpecification></Question>`);
    expect(invalidMessage(() => parseQuestionForm(noIdentifier))).toBe("Question 1: QuestionIdentifier is missing.");

    const noAnswer = form(`${freeTextQuestion("name")}<Question><QuestionIdentifier>age</QuestionIdentifier><QuestionContent><Text>x</Text></QuestionContent></Question>`);
    expect(invalidMessage(() => parseQuestionForm(noAnswer))).toBe('Question 2 ("age"): AnswerSpecification is missing.');

    const noContent = form(`<Question><QuestionIdentifier>a</QuestionIdentifier><AnswerSpecification><FreeTextAnswer/></AnswerSpecification></Question>`);
    expect(invalidMessage(() => parseQuestionForm(noContent))).toBe('Question 1 ("a"): QuestionContent is missing.');

    expect(invalidMessage(() => parseQuestionForm(form("<Overview><Text>x</Text></Overview>")))).toBe(
      "QuestionForm has no Question; add at least one.",
    );
  });

  it("rejects duplicate QuestionIdentifiers", () => {
    const xml = form(freeTextQuestion("age") + freeTextQuestion("zip") + freeTextQuestion("age"));
    expect(invalidMessage(() => parseQuestionForm(xml))).toBe(
      'Question 3 ("age"): QuestionIdentifier "age" is already used by Question 1; each question needs its own.',
    );
  });

  it("rejects a question id that collides with another question's Other field", () => {
    const xml = form(selectionQuestion("d", `${selections("a").replace("</Selections>", "<OtherSelection/></Selections>")}`) + freeTextQuestion("d.other"));
    expect(invalidMessage(() => parseQuestionForm(xml))).toBe(
      'Question 2 ("d.other"): QuestionIdentifier "d.other" clashes with the "Other" answer of question "d"; rename it.',
    );
  });

  it("rejects Application and EmbeddedBinary with a clear message", () => {
    const xml = form(
      `<Question><QuestionIdentifier>a</QuestionIdentifier><QuestionContent><Application><JavaApplet/></Application></QuestionContent><AnswerSpecification><FreeTextAnswer/></AnswerSpecification></Question>`,
    );
    expect(invalidMessage(() => parseQuestionForm(xml))).toBe(
      'Question 1 ("a"), Application 1: Application (Java applets, Flash and embedded plug-ins) is not supported; use Binary for images, audio or video, or FormattedContent.',
    );
  });

  it("rejects unknown elements, duplicates and stray text", () => {
    expect(invalidMessage(() => parseQuestionForm(form(freeTextQuestion("a", "<Constraint/>"))))).toBe(
      'Question 1 ("a"): unexpected element Constraint in FreeTextAnswer; expected Constraints, DefaultText or NumberOfLinesSuggestion.',
    );
    const twice = form(freeTextQuestion("a").replace("<QuestionContent>", "<IsRequired>true</IsRequired><IsRequired>false</IsRequired><QuestionContent>"));
    expect(invalidMessage(() => parseQuestionForm(twice))).toBe('Question 1 ("a"): IsRequired appears 2 times; it may appear only once.');
    expect(invalidMessage(() => parseQuestionForm(form(`hello${freeTextQuestion("a")}`)))).toBe(
      'QuestionForm: unexpected text "hello" in QuestionForm.',
    );
  });

  it("rejects constraints no worker could satisfy", () => {
    const numeric = form(freeTextQuestion("a", `<Constraints><IsNumeric minValue="10" maxValue="1"/></Constraints>`));
    expect(invalidMessage(() => parseQuestionForm(numeric))).toBe('Question 1 ("a"): IsNumeric minValue (10) is more than maxValue (1).');
    const typo = form(freeTextQuestion("a", `<Constraints><IsNumeric minvalue="10"/></Constraints>`));
    expect(invalidMessage(() => parseQuestionForm(typo))).toBe(
      'Question 1 ("a"): IsNumeric has an unknown attribute minvalue; expected minValue or maxValue.',
    );
    const length = form(freeTextQuestion("a", `<Constraints><Length minLength="5" maxLength="2"/></Constraints>`));
    expect(invalidMessage(() => parseQuestionForm(length))).toBe('Question 1 ("a"): Length minLength (5) is more than maxLength (2).');
    const regex = form(freeTextQuestion("a", `<Constraints><AnswerFormatRegex regex="[a-" errorText="x"/></Constraints>`));
    expect(invalidMessage(() => parseQuestionForm(regex))).toMatch(/^Question 1 \("a"\): AnswerFormatRegex "\[a-" is not a valid regular expression \(.+\)\.$/);
    const flags = form(freeTextQuestion("a", `<Constraints><AnswerFormatRegex regex="a" flags="g"/></Constraints>`));
    expect(invalidMessage(() => parseQuestionForm(flags))).toBe(
      'Question 1 ("a"): AnswerFormatRegex flags "g" are not supported; use any of i, m, s and u, each once.',
    );
    const lines = form(freeTextQuestion("a", `<NumberOfLinesSuggestion>many</NumberOfLinesSuggestion>`));
    expect(invalidMessage(() => parseQuestionForm(lines))).toBe('Question 1 ("a"): NumberOfLinesSuggestion must be a whole number, got "many".');
  });

  it("rejects impossible selections", () => {
    const style = form(selectionQuestion("s", `<StyleSuggestion>slider</StyleSuggestion>${selections("a", "b")}`));
    expect(invalidMessage(() => parseQuestionForm(style))).toBe(
      'Question 1 ("s"): StyleSuggestion "slider" is not one of radiobutton, checkbox, list, dropdown, combobox, multichooser.',
    );
    const duplicate = form(selectionQuestion("s", selections("a", "a")));
    expect(invalidMessage(() => parseQuestionForm(duplicate))).toBe('Question 1 ("s"): SelectionIdentifier "a" is used by more than one Selection.');
    const reserved = form(selectionQuestion("s", selections("__other__")));
    expect(invalidMessage(() => parseQuestionForm(reserved))).toBe(
      'Question 1 ("s"), Selection 1: SelectionIdentifier "__other__" is reserved for the "Other" choice; pick another identifier.',
    );
    const tooMany = form(selectionQuestion("s", `<MinSelectionCount>3</MinSelectionCount><StyleSuggestion>checkbox</StyleSuggestion>${selections("a", "b")}`));
    expect(invalidMessage(() => parseQuestionForm(tooMany))).toBe('Question 1 ("s"): MinSelectionCount (3) is more than the 2 choices offered.');
    const radioMin = form(selectionQuestion("s", `<MinSelectionCount>2</MinSelectionCount><StyleSuggestion>radiobutton</StyleSuggestion>${selections("a", "b", "c")}`));
    expect(invalidMessage(() => parseQuestionForm(radioMin))).toMatch(/^Question 1 \("s"\): MinSelectionCount \(2\) asks for more choices than the question allows \(1\)/);
    const minMax = form(selectionQuestion("s", `<MinSelectionCount>3</MinSelectionCount><MaxSelectionCount>2</MaxSelectionCount>${selections("a", "b", "c")}`));
    expect(invalidMessage(() => parseQuestionForm(minMax))).toBe('Question 1 ("s"): MinSelectionCount (3) is more than MaxSelectionCount (2).');
    const empty = form(selectionQuestion("s", "<Selections/>"));
    expect(invalidMessage(() => parseQuestionForm(empty))).toBe('Question 1 ("s"): Selections has no Selection.');
    const twoContents = form(
      selectionQuestion("s", `<Selections><Selection><SelectionIdentifier>a</SelectionIdentifier><Text>A</Text><FormattedContent><![CDATA[A]]></FormattedContent></Selection></Selections>`),
    );
    expect(invalidMessage(() => parseQuestionForm(twoContents))).toBe(
      'Question 1 ("s"), Selection 1 ("a"): a Selection needs exactly one of Text, FormattedContent or Binary, found 2.',
    );
  });

  it("rejects Binary URLs that could run script", () => {
    const binary = (url: string) =>
      form(
        `<Overview><Binary><MimeType><Type>image</Type></MimeType><DataURL>${url}</DataURL><AltText>x</AltText></Binary></Overview>${freeTextQuestion("a")}`,
      );
    expect(invalidMessage(() => parseQuestionForm(binary("javascript:alert(1)")))).toBe(
      "Overview 1, Binary 1: DataURL must be an http or https URL (or a data:image URL for an image).",
    );
    expect(invalidMessage(() => parseQuestionForm(binary("data:text/html,hi")))).toMatch(/DataURL must be an http or https URL/);
    expect(() => parseQuestionForm(binary("data:image/png;base64,iVBORw0KGgo="))).not.toThrow();
  });

  it("rejects file size bounds out of order or over MTurk's limit", () => {
    const file = (inner: string) =>
      form(`<Question><QuestionIdentifier>f</QuestionIdentifier><QuestionContent><Text>x</Text></QuestionContent><AnswerSpecification><FileUploadAnswer>${inner}</FileUploadAnswer></AnswerSpecification></Question>`);
    expect(invalidMessage(() => parseQuestionForm(file("<MaxFileSizeInBytes>10</MaxFileSizeInBytes><MinFileSizeInBytes>20</MinFileSizeInBytes>")))).toBe(
      'Question 1 ("f"): MinFileSizeInBytes (20) is more than MaxFileSizeInBytes (10).',
    );
    expect(invalidMessage(() => parseQuestionForm(file("<MaxFileSizeInBytes>3000000000</MaxFileSizeInBytes>")))).toBe(
      'Question 1 ("f"): MaxFileSizeInBytes (3000000000) is more than the limit of 2000000000 bytes.',
    );
  });
});
