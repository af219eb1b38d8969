import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { invalidMessage } from "./expect-invalid.test-helper";
import { buildQuestionFormXml, questionFormSpecSchema, type QuestionFormSpec } from "./question-form-builder";
import { QUESTION_FORM_NAMESPACE_2017, formQuestions, parseQuestionForm } from "./question-form";

const spec: QuestionFormSpec = {
  overview: "Tell us about your commute.\nIt takes a minute.",
  questions: [
    {
      id: "km",
      text: "How far do you travel (km)?",
      required: true,
      kind: "freetext",
      numeric: { min: 0, max: 500.5 },
    },
    {
      id: "why",
      text: "Why?",
      required: false,
      kind: "freetext",
      minLength: 3,
      maxLength: 200,
      regex: { pattern: "^\\S.*$", errorText: "Start with a letter." },
      defaultText: "Because",
      lines: 3,
    },
    { id: "mode", text: "How do you travel?", required: true, kind: "choice", style: "radiobutton", options: ["Car", "Bus", "Bike"], allowOther: true },
    { id: "days", text: "Which days?", required: false, kind: "choice", style: "checkbox", options: ["Mon", "Tue", "Wed"], minSelections: 1 },
    { id: "ticket", text: "Photo of your ticket", required: false, kind: "file", minBytes: 10, maxBytes: 5_000_000 },
  ],
};

describe("buildQuestionFormXml", () => {
  it("writes the 2017-11-06 namespace and round-trips through parseQuestionForm", () => {
    const xml = buildQuestionFormXml(spec);
    expect(xml.startsWith(`<QuestionForm xmlns="${QUESTION_FORM_NAMESPACE_2017}">`)).toBe(true);
    const form = parseQuestionForm(xml);
    expect(form.namespace).toBe(QUESTION_FORM_NAMESPACE_2017);
    const text = (t: string) => [{ kind: "text", text: t }];
    expect(form.items).toEqual([
      { kind: "overview", content: text("Tell us about your commute.\nIt takes a minute.") },
      {
        kind: "question",
        identifier: "km",
        isRequired: true,
        content: text("How far do you travel (km)?"),
        answer: { type: "freeText", constraints: { isNumeric: { minValue: 0, maxValue: 500.5 }, answerFormatRegex: [] } },
      },
      {
        kind: "question",
        identifier: "why",
        isRequired: false,
        content: text("Why?"),
        answer: {
          type: "freeText",
          constraints: { length: { minLength: 3, maxLength: 200 }, answerFormatRegex: [{ regex: "^\\S.*$", errorText: "Start with a letter." }] },
          defaultText: "Because",
          numberOfLinesSuggestion: 3,
        },
      },
      {
        kind: "question",
        identifier: "mode",
        isRequired: true,
        content: text("How do you travel?"),
        answer: {
          type: "selection",
          styleSuggestion: "radiobutton",
          selections: [
            { identifier: "opt1", content: { kind: "text", text: "Car" } },
            { identifier: "opt2", content: { kind: "text", text: "Bus" } },
            { identifier: "opt3", content: { kind: "text", text: "Bike" } },
          ],
          otherSelection: { type: "freeText", constraints: { answerFormatRegex: [] } },
        },
      },
      {
        kind: "question",
        identifier: "days",
        isRequired: false,
        content: text("Which days?"),
        answer: {
          type: "selection",
          minSelectionCount: 1,
          // A checkbox question without a maximum allows every option, written out for MTurk's default of 1.
          maxSelectionCount: 3,
          styleSuggestion: "checkbox",
          selections: [
            { identifier: "opt1", content: { kind: "text", text: "Mon" } },
            { identifier: "opt2", content: { kind: "text", text: "Tue" } },
            { identifier: "opt3", content: { kind: "text", text: "Wed" } },
          ],
        },
      },
      {
        kind: "question",
        identifier: "ticket",
        isRequired: false,
        content: text("Photo of your ticket"),
        answer: { type: "fileUpload", minFileSizeInBytes: 10, maxFileSizeInBytes: 5_000_000 },
      },
    ]);
  });

  it("escapes every text and attribute so that markup-looking input stays text", () => {
    const tricky = 'Is 1 < 2 & "quoted" \'too\' ]]> <b>not bold</b> café 日本';
    const xml = buildQuestionFormXml({
      overview: tricky,
      questions: [
        {
          id: "q.1",
          text: tricky,
          required: true,
          kind: "freetext",
          regex: { pattern: '^[<&>"\']\t\\d+$', errorText: 'Use <digits> & "quotes"\nplease' },
          defaultText: "a <b> & c",
        },
        { id: "q-2", text: "Pick", required: false, kind: "choice", style: "dropdown", options: ['A & B', '<C>', '"D"'] },
      ],
    });
    expect(xml).not.toContain("<b>");
    const [overview, first, second] = parseQuestionForm(xml).items;
    expect(overview).toEqual({ kind: "overview", content: [{ kind: "text", text: tricky }] });
    expect(first).toMatchObject({
      identifier: "q.1",
      content: [{ kind: "text", text: tricky }],
      answer: {
        constraints: { answerFormatRegex: [{ regex: '^[<&>"\']\t\\d+$', errorText: 'Use <digits> & "quotes"\nplease' }] },
        defaultText: "a <b> & c",
      },
    });
    expect(second.kind === "question" && second.answer.type === "selection" && second.answer.selections.map((s) => s.content)).toEqual([
      { kind: "text", text: "A & B" },
      { kind: "text", text: "<C>" },
      { kind: "text", text: '"D"' },
    ]);
  });

  it("writes file bounds with MTurk's defaults when the builder leaves them out", () => {
    const form = parseQuestionForm(buildQuestionFormXml({ questions: [{ id: "f", text: "File", required: true, kind: "file" }] }));
    expect(formQuestions(form)[0].answer).toEqual({ type: "fileUpload", minFileSizeInBytes: 0, maxFileSizeInBytes: 2_000_000_000 });
  });

  it("throws DomainError with field errors for an invalid spec", () => {
    let thrown: unknown;
    try {
      buildQuestionFormXml({ questions: [{ id: "bad id", text: "", required: true, kind: "freetext" }] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    const error = thrown as DomainError;
    expect(error.code).toBe("InvalidInput");
    expect(error.message).toBe("Question 1: Question ids are 1 to 64 letters, digits, underscores, dots or hyphens.");
    expect(error.fieldErrors).toEqual({
      "questions.0.id": "Question ids are 1 to 64 letters, digits, underscores, dots or hyphens.",
      "questions.0.text": "Write the question's text.",
    });
  });

  it("refuses a form whose XML would exceed 65,535 bytes", () => {
    const questions = Array.from({ length: 40 }, (_, i) => ({
      id: `q${i}`,
      text: "ü".repeat(1000),
      required: false,
      kind: "freetext" as const,
    }));
    expect(invalidMessage(() => buildQuestionFormXml({ questions }))).toBe(
      "The form is 90,681 bytes as QuestionForm XML; the limit is 65,535. Shorten the texts or split the questions across HITs.",
    );
  });
});

describe("questionFormSpecSchema", () => {
  const base = { id: "q", text: "Question?", required: true };
  const issues = (value: unknown) => {
    const result = questionFormSpecSchema.safeParse(value);
    expect(result.success).toBe(false);
    return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  };
  const one = (question: Record<string, unknown>) => ({ questions: [{ ...base, ...question }] });

  it("accepts the example spec", () => {
    expect(questionFormSpecSchema.safeParse(spec).success).toBe(true);
  });

  it("checks ids: pattern, length and uniqueness", () => {
    expect(issues(one({ id: "has space", kind: "file" }))).toEqual([
      { path: "questions.0.id", message: "Question ids are 1 to 64 letters, digits, underscores, dots or hyphens." },
    ]);
    expect(issues(one({ id: "x".repeat(65), kind: "file" }))[0].path).toBe("questions.0.id");
    expect(
      issues({ questions: [{ ...base, id: "a", kind: "file" }, { ...base, id: "b", kind: "file" }, { ...base, id: "a", kind: "file" }] }),
    ).toEqual([{ path: "questions.2.id", message: 'The id "a" is already used by question 1.' }]);
    expect(
      issues({ questions: [{ ...base, id: "c", kind: "choice", style: "checkbox", options: ["x", "y"], allowOther: true }, { ...base, id: "c.other", kind: "file" }] }),
    ).toEqual([{ path: "questions.1.id", message: 'The id "c.other" is taken by the "Other" answer of question 1; choose another.' }]);
  });

  it("checks question text and the question list", () => {
    expect(issues(one({ text: "   ", kind: "file" }))).toEqual([{ path: "questions.0.text", message: "Write the question's text." }]);
    expect(issues(one({ text: "x".repeat(2001), kind: "file" }))).toEqual([
      { path: "questions.0.text", message: "Question text is limited to 2,000 characters." },
    ]);
    expect(issues({ questions: [] })).toEqual([{ path: "questions", message: "Add at least one question." }]);
    expect(issues(one({ kind: "slider" }))).toEqual([{ path: "questions.0.kind", message: "Choose the kind of question: freetext, choice or file." }]);
  });

  it("checks choice options and selection counts", () => {
    const choice = (extra: Record<string, unknown>) => one({ kind: "choice", style: "checkbox", options: ["a", "b", "c"], ...extra });
    expect(issues(choice({ options: ["only"] }))).toEqual([{ path: "questions.0.options", message: "Give at least two options." }]);
    expect(issues(choice({ options: Array.from({ length: 51 }, (_, i) => `o${i}`) }))).toEqual([
      { path: "questions.0.options", message: "Give at most 50 options." },
    ]);
    expect(issues(choice({ options: ["a", " "] }))).toEqual([{ path: "questions.0.options.1", message: "Options cannot be empty." }]);
    expect(issues(choice({ options: ["a", "b", "a "] }))).toEqual([{ path: "questions.0.options.2", message: 'The option "a" is listed twice.' }]);
    expect(issues(choice({ style: "radiobutton", maxSelections: 2 }))).toEqual([
      { path: "questions.0.maxSelections", message: "A radiobutton question takes one choice; use checkbox, list or multichooser to allow more." },
    ]);
    expect(issues(choice({ minSelections: 3, maxSelections: 2 }))).toEqual([
      { path: "questions.0.maxSelections", message: "The maximum number of choices must not be less than the minimum." },
    ]);
    expect(issues(choice({ maxSelections: 4 }))).toEqual([
      { path: "questions.0.maxSelections", message: "The maximum number of choices is more than the 3 offered." },
    ]);
    expect(questionFormSpecSchema.safeParse(choice({ maxSelections: 4, allowOther: true })).success).toBe(true);
    expect(issues(choice({ style: "grid" }))[0]).toEqual({
      path: "questions.0.style",
      message: "Choose how the options are shown: radiobutton, checkbox, dropdown, list, combobox or multichooser.",
    });
  });

  it("checks free-text bounds and the regex", () => {
    const text = (extra: Record<string, unknown>) => one({ kind: "freetext", ...extra });
    expect(issues(text({ numeric: { min: 10, max: 1 } }))).toEqual([
      { path: "questions.0.numeric.max", message: "The largest number must not be less than the smallest." },
    ]);
    expect(issues(text({ numeric: { min: 1e21 } }))).toEqual([
      { path: "questions.0.numeric.min", message: "The smallest number must be a plain number such as 18 or 2.5." },
    ]);
    expect(issues(text({ minLength: 5, maxLength: 2 }))).toEqual([
      { path: "questions.0.maxLength", message: "The maximum length must not be less than the minimum length." },
    ]);
    expect(issues(text({ minLength: 1.5 }))).toEqual([{ path: "questions.0.minLength", message: "The minimum length must be a whole number." }]);
    expect(issues(text({ regex: { pattern: "[a-", errorText: "x" } }))[0]).toMatchObject({ path: "questions.0.regex.pattern" });
    expect(issues(text({ regex: { pattern: "[a-", errorText: "x" } }))[0].message).toMatch(/^The pattern is not a valid regular expression \(.+\)\.$/);
    expect(issues(text({ regex: { pattern: "a", errorText: "" } }))).toEqual([
      { path: "questions.0.regex.errorText", message: "Write the message workers see when the pattern does not match." },
    ]);
    expect(issues(text({ lines: 0 }))).toEqual([{ path: "questions.0.lines", message: "The number of lines must be at least 1." }]);
  });

  it("checks file size bounds", () => {
    expect(issues(one({ kind: "file", minBytes: 100, maxBytes: 10 }))).toEqual([
      { path: "questions.0.maxBytes", message: "The maximum file size must not be less than the minimum." },
    ]);
    expect(issues(one({ kind: "file", maxBytes: 3_000_000_000 }))).toEqual([
      { path: "questions.0.maxBytes", message: "The maximum file size must be at most 2,000,000,000." },
    ]);
  });
});
