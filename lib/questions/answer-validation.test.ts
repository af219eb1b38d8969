import { fixture } from "@/lib/testing/fixtures";
import { describe, expect, it } from "vitest";
import { validateAnswers, type SubmittedAnswers } from "./answers";
import { buildQuestionFormXml, type QuestionFormSpec } from "./question-form-builder";
import { parseQuestionForm } from "./question-form";

const survey = parseQuestionForm(
  fixture("questions/questionform-survey.xml"),
);

const complete: SubmittedAnswers["fields"] = { age: "34", zip: "02139", household: "h2", devices: ["phone", "laptop"] };

/** Validates the survey with `complete` overridden by `fields`, expecting failure; returns the field errors. */
function errorsFor(fields: SubmittedAnswers["fields"], files?: SubmittedAnswers["files"]) {
  const result = validateAnswers(survey, { fields: { ...complete, ...fields }, files });
  expect(result.ok).toBe(false);
  return result.ok ? {} : result.fieldErrors;
}

function answersFor(fields: SubmittedAnswers["fields"], files?: SubmittedAnswers["files"]) {
  const result = validateAnswers(survey, { fields: { ...complete, ...fields }, files });
  expect(result).toMatchObject({ ok: true });
  return result.ok ? result.answers : [];
}

const formFrom = (spec: QuestionFormSpec) => parseQuestionForm(buildQuestionFormXml(spec));

describe("validateAnswers on the survey fixture", () => {
  it("accepts a complete submission and returns answers in form order, skipping blank optional questions", () => {
    expect(answersFor({ devices: ["laptop", "phone"], comments: "Nice survey\r\nThanks ", assignmentId: "A1" })).toEqual([
      { questionIdentifier: "age", freeText: "34" },
      { questionIdentifier: "zip", freeText: "02139" },
      { questionIdentifier: "household", selectionIdentifiers: ["h2"] },
      // The form's order of choices, not the order the browser sent them in.
      { questionIdentifier: "devices", selectionIdentifiers: ["phone", "laptop"] },
      { questionIdentifier: "comments", freeText: "Nice survey\nThanks" },
    ]);
  });

  it("requires every IsRequired question", () => {
    const result = validateAnswers(survey, { fields: {} });
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        age: "Enter an answer.",
        zip: "Enter an answer.",
        household: "Choose an option.",
        devices: "Choose at least one option.",
      },
    });
    expect(errorsFor({ age: "   " })).toEqual({ age: "Enter an answer." });
  });

  it("enforces IsNumeric and its bounds", () => {
    expect(errorsFor({ age: "17" })).toEqual({ age: "Enter a number from 18 to 120." });
    expect(errorsFor({ age: "121" })).toEqual({ age: "Enter a number from 18 to 120." });
    expect(errorsFor({ age: "thirty" })).toEqual({ age: "Enter a number from 18 to 120." });
    expect(errorsFor({ age: "1e2" })).toEqual({ age: "Enter a number from 18 to 120." });
    expect(answersFor({ age: " 18 " })[0]).toEqual({ questionIdentifier: "age", freeText: "18" });
    expect(answersFor({ age: "120" })[0]).toEqual({ questionIdentifier: "age", freeText: "120" });
    expect(answersFor({ age: "42.5" })[0]).toEqual({ questionIdentifier: "age", freeText: "42.5" });
  });

  it("enforces Length before the regex, then the regex with its errorText", () => {
    expect(errorsFor({ zip: "0213" })).toEqual({ zip: "Enter exactly 5 characters (you entered 4)." });
    expect(errorsFor({ zip: "021399" })).toEqual({ zip: "Enter exactly 5 characters (you entered 6)." });
    expect(errorsFor({ zip: "abcde" })).toEqual({ zip: "Five digits, please." });
  });

  it("enforces selection counts and known identifiers", () => {
    expect(errorsFor({ devices: ["phone", "laptop", "tablet", "desktop"] })).toEqual({ devices: "Choose no more than 3 options." });
    expect(errorsFor({ devices: ["phone", "fridge"] })).toEqual({ devices: "Choose from the listed options." });
    expect(errorsFor({ household: ["h1", "h2"] })).toEqual({ household: "Choose only one option." });
    expect(errorsFor({ household: "h4" })).toEqual({ household: "Choose from the listed options." });
    expect(errorsFor({ state: "ZZ" })).toEqual({ state: "Choose from the listed options." });
    // "__other__" is only a choice where the question offers one.
    expect(errorsFor({ household: "__other__" })).toEqual({ household: "Choose from the listed options." });
    expect(answersFor({ state: "WA" })).toContainEqual({ questionIdentifier: "state", selectionIdentifiers: ["WA"] });
  });

  it("takes the Other choice with its text, and checks that text against OtherSelection's constraints", () => {
    expect(answersFor({ devices: ["phone", "__other__"], "devices.other": " E-reader " })).toContainEqual({
      questionIdentifier: "devices",
      selectionIdentifiers: ["phone"],
      otherSelectionText: "E-reader",
    });
    expect(errorsFor({ devices: ["__other__"], "devices.other": "" })).toEqual({ "devices.other": 'Describe your "Other" answer.' });
    expect(errorsFor({ devices: ["__other__"], "devices.other": "x".repeat(41) })).toEqual({
      "devices.other": "Enter no more than 40 characters (you entered 41).",
    });
    // Other counts towards MaxSelectionCount.
    expect(errorsFor({ devices: ["phone", "laptop", "tablet", "__other__"], "devices.other": "Kindle" })).toEqual({
      devices: "Choose no more than 3 options.",
    });
  });

  it("treats Other text typed without ticking Other as the answer only when nothing else is chosen", () => {
    expect(answersFor({ devices: [], "devices.other": "Kindle" })).toContainEqual({
      questionIdentifier: "devices",
      selectionIdentifiers: [],
      otherSelectionText: "Kindle",
    });
    expect(errorsFor({ devices: ["phone"], "devices.other": "Kindle" })).toEqual({
      "devices.other": 'Select "Other" to use the text you typed, or clear it.',
    });
  });

  it("enforces file presence and size bounds, and uses the stored key", () => {
    const required = parseQuestionForm(
      fixture("questions/questionform-survey.xml").replace(
        "<IsRequired>false</IsRequired>\n    <QuestionContent><Text>Optionally upload",
        "<IsRequired>true</IsRequired>\n    <QuestionContent><Text>Optionally upload",
      ),
    );
    expect(validateAnswers(required, { fields: complete, files: { receipt: { name: "", size: 0 } } })).toEqual({
      ok: false,
      fieldErrors: { receipt: "Upload a file." },
    });
    expect(errorsFor({}, { receipt: { name: "big.jpg", size: 2_500_000 } })).toEqual({
      receipt: "The file must be no larger than 1 MB (yours is 2.4 MB).",
    });
    expect(errorsFor({}, { receipt: { name: "empty.jpg", size: 0 } })).toEqual({ receipt: "The file is empty." });
    expect(answersFor({}, { receipt: { name: "r.jpg", size: 1_048_576, key: "uploads/a1/r.jpg" } })).toContainEqual({
      questionIdentifier: "receipt",
      uploadedFileKey: "uploads/a1/r.jpg",
      uploadedFileSizeInBytes: 1_048_576,
    });
    expect(answersFor({}, { receipt: { name: "r.jpg", size: 1 } })).toContainEqual({
      questionIdentifier: "receipt",
      uploadedFileKey: "r.jpg",
      uploadedFileSizeInBytes: 1,
    });
  });

  it("reports every problem at once", () => {
    expect(errorsFor({ age: "5", zip: "x", household: "nope", devices: [] })).toEqual({
      age: "Enter a number from 18 to 120.",
      zip: "Enter exactly 5 characters (you entered 1).",
      household: "Choose from the listed options.",
      devices: "Choose at least one option.",
    });
  });
});

describe("validateAnswers on built forms", () => {
  it("applies minimum and maximum lengths and regex flags", () => {
    const form = parseQuestionForm(
      `<QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd"><Question><QuestionIdentifier>code</QuestionIdentifier><IsRequired>true</IsRequired><QuestionContent><Text>Code</Text></QuestionContent><AnswerSpecification><FreeTextAnswer><Constraints><Length minLength="3" maxLength="6"/><AnswerFormatRegex regex="^[a-z]+$" flags="i" errorText="Letters only."/></Constraints></FreeTextAnswer></AnswerSpecification></Question></QuestionForm>`,
    );
    expect(validateAnswers(form, { fields: { code: "ab" } })).toEqual({ ok: false, fieldErrors: { code: "Enter at least 3 characters (you entered 2)." } });
    expect(validateAnswers(form, { fields: { code: "abcdefg" } })).toEqual({
      ok: false,
      fieldErrors: { code: "Enter no more than 6 characters (you entered 7)." },
    });
    expect(validateAnswers(form, { fields: { code: "ab1" } })).toEqual({ ok: false, fieldErrors: { code: "Letters only." } });
    expect(validateAnswers(form, { fields: { code: "AbC" } })).toEqual({ ok: true, answers: [{ questionIdentifier: "code", freeText: "AbC" }] });
    // Characters are counted as people count them: three emoji are three characters.
    expect(validateAnswers(form, { fields: { code: "😀😀" } })).toEqual({ ok: false, fieldErrors: { code: "Enter at least 3 characters (you entered 2)." } });
  });

  it("applies MinSelectionCount to multiple choice", () => {
    const form = formFrom({
      questions: [{ id: "c", text: "Pick two or three", required: false, kind: "choice", style: "list", options: ["a", "b", "c", "d"], minSelections: 2, maxSelections: 3 }],
    });
    expect(validateAnswers(form, { fields: { c: "opt1" } })).toEqual({ ok: false, fieldErrors: { c: "Choose at least 2 options." } });
    expect(validateAnswers(form, { fields: { c: [] } })).toEqual({ ok: true, answers: [] });
    expect(validateAnswers(form, { fields: { c: ["opt3", "opt1"] } })).toEqual({
      ok: true,
      answers: [{ questionIdentifier: "c", selectionIdentifiers: ["opt1", "opt3"] }],
    });
  });

  it("maps a combobox's typed text to a choice, or to Other", () => {
    const spec = (allowOther: boolean): QuestionFormSpec => ({
      questions: [{ id: "city", text: "City", required: true, kind: "choice", style: "combobox", options: ["Paris", "Berlin"], allowOther }],
    });
    const open = formFrom(spec(true));
    expect(validateAnswers(open, { fields: { city: " berlin " } })).toEqual({
      ok: true,
      answers: [{ questionIdentifier: "city", selectionIdentifiers: ["opt2"] }],
    });
    expect(validateAnswers(open, { fields: { city: "opt1" } })).toEqual({ ok: true, answers: [{ questionIdentifier: "city", selectionIdentifiers: ["opt1"] }] });
    expect(validateAnswers(open, { fields: { city: "Lyon" } })).toEqual({
      ok: true,
      answers: [{ questionIdentifier: "city", selectionIdentifiers: [], otherSelectionText: "Lyon" }],
    });
    expect(validateAnswers(formFrom(spec(false)), { fields: { city: "Lyon" } })).toEqual({
      ok: false,
      fieldErrors: { city: "Choose one of the suggested answers." },
    });
    expect(validateAnswers(open, { fields: {} })).toEqual({ ok: false, fieldErrors: { city: "Choose an option." } });
  });

  it("applies a drop-down's Other choice", () => {
    const form = formFrom({
      questions: [{ id: "pet", text: "Pet", required: true, kind: "choice", style: "dropdown", options: ["Cat", "Dog"], allowOther: true }],
    });
    expect(validateAnswers(form, { fields: { pet: "__other__", "pet.other": "Axolotl" } })).toEqual({
      ok: true,
      answers: [{ questionIdentifier: "pet", selectionIdentifiers: [], otherSelectionText: "Axolotl" }],
    });
    expect(validateAnswers(form, { fields: { pet: "__other__" } })).toEqual({ ok: false, fieldErrors: { "pet.other": 'Describe your "Other" answer.' } });
  });

  it("enforces a file's minimum size", () => {
    const form = formFrom({ questions: [{ id: "doc", text: "Document", required: false, kind: "file", minBytes: 2048, maxBytes: 4096 }] });
    expect(validateAnswers(form, { fields: {}, files: { doc: { name: "a.txt", size: 100 } } })).toEqual({
      ok: false,
      fieldErrors: { doc: "The file must be at least 2 KB (yours is 100 bytes)." },
    });
    expect(validateAnswers(form, { fields: {} })).toEqual({ ok: true, answers: [] });
  });
});
