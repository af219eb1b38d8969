import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/testing/fixtures";
import { invalidMessage } from "./expect-invalid.test-helper";
import { ANSWER_KEY_NAMESPACE, checkAnswerKeyAgainstTest, mapSummedScore, parseAnswerKey, parseAnswerKeyForTest, scoreTest } from "./answer-key";
import type { Answer } from "./answers.types";
import { validateAnswers } from "./answer-validation";
import { parseQuestionForm, QUESTION_FORM_NAMESPACE_2017 } from "./question-form";

const englishTest = parseQuestionForm(fixture("qualifications/english-test.xml"));
const englishKey = parseAnswerKey(fixture("qualifications/english-answerkey.xml"));

const key = (body: string, ns = ANSWER_KEY_NAMESPACE) => `<AnswerKey xmlns="${ns}">${body}</AnswerKey>`;
const q = (id: string, options: [string[], number][], defaultScore?: number) =>
  `<Question><QuestionIdentifier>${id}</QuestionIdentifier>${options
    .map(([ids, score]) => `<AnswerOption>${ids.map((s) => `<SelectionIdentifier>${s}</SelectionIdentifier>`).join("")}<AnswerScore>${score}</AnswerScore></AnswerOption>`)
    .join("")}${defaultScore === undefined ? "" : `<DefaultScore>${defaultScore}</DefaultScore>`}</Question>`;
const mapping = (inner: string) => `<QualificationValueMapping>${inner}</QualificationValueMapping>`;
const pick = (questionIdentifier: string, ...selectionIdentifiers: string[]): Answer => ({ questionIdentifier, selectionIdentifiers });

// A small keyed test of three questions: "a" worth 5 (or 2 for the half-right choice), "b" worth 3 with a
// default of -1, "c" a checkbox worth 4 only for exactly {x, y}.
const smallQuestions = q("a", [[["right"], 5], [["half"], 2]]) + q("b", [[["yes"], 3]], -1) + q("c", [[["x", "y"], 4]]);

describe("parseAnswerKey", () => {
  it("reads the English fixture: four questions, one multi-selection option, a percentage mapping", () => {
    expect(englishKey.questions.map((k) => k.questionIdentifier)).toEqual(["q1", "q2", "q3", "q4"]);
    expect(englishKey.questions[0]).toEqual({ questionIdentifier: "q1", answerOptions: [{ selectionIdentifiers: ["theyre"], answerScore: 1 }], defaultScore: 0 });
    expect(englishKey.questions[3].answerOptions).toEqual([{ selectionIdentifiers: ["necessary", "separate"], answerScore: 1 }]);
    expect(englishKey.mapping).toEqual({ kind: "percentage", maximumSummedScore: 4 });
  });

  it("reads negative scores, DefaultScore, ScaleMapping and RangeMapping", () => {
    const k = parseAnswerKey(key(q("a", [[["x"], -2]], 7) + mapping("<ScaleMapping><SummedScoreMultiplier>2.50</SummedScoreMultiplier></ScaleMapping>")));
    expect(k.questions[0]).toEqual({ questionIdentifier: "a", answerOptions: [{ selectionIdentifiers: ["x"], answerScore: -2 }], defaultScore: 7 });
    expect(k.mapping).toEqual({ kind: "scale", summedScoreMultiplier: 2.5, numerator: 25, denominator: 10 });
    const r = parseAnswerKey(
      key(
        q("a", [[["x"], 1]]) +
          mapping(
            "<RangeMapping><SummedScoreRange><InclusiveLowerBound>8</InclusiveLowerBound><InclusiveUpperBound>10</InclusiveUpperBound><QualificationValue>10</QualificationValue></SummedScoreRange>" +
              "<SummedScoreRange><InclusiveLowerBound>5</InclusiveLowerBound><InclusiveUpperBound>7</InclusiveUpperBound><QualificationValue>5</QualificationValue></SummedScoreRange>" +
              "<OutOfRangeQualificationValue>0</OutOfRangeQualificationValue></RangeMapping>",
          ),
      ),
    );
    expect(r.mapping).toEqual({
      kind: "range",
      ranges: [
        { inclusiveLowerBound: 8, inclusiveUpperBound: 10, qualificationValue: 10 },
        { inclusiveLowerBound: 5, inclusiveUpperBound: 7, qualificationValue: 5 },
      ],
      outOfRangeQualificationValue: 0,
    });
  });

  it("refuses bad XML with a message that says what is wrong", () => {
    expect(invalidMessage(() => parseAnswerKey("<AnswerKey"))).toMatch(/AnswerKey is not well-formed XML/);
    expect(invalidMessage(() => parseAnswerKey(""))).toMatch(/AnswerKey is empty/);
    expect(invalidMessage(() => parseAnswerKey(`<QuestionForm xmlns="${QUESTION_FORM_NAMESPACE_2017}"/>`))).toMatch(/root element is QuestionForm/);
    expect(invalidMessage(() => parseAnswerKey(`<AnswerKey>${q("a", [[["x"], 1]])}</AnswerKey>`))).toMatch(/no namespace; add xmlns=/);
    expect(invalidMessage(() => parseAnswerKey(key(q("a", [[["x"], 1]]), "urn:other")))).toMatch(/namespace "urn:other" is not supported/);
    expect(invalidMessage(() => parseAnswerKey(key("")))).toMatch(/no Question/);
    expect(invalidMessage(() => parseAnswerKey(key(q("a", []))))).toMatch(/Question 1 \("a"\): has no AnswerOption/);
    expect(invalidMessage(() => parseAnswerKey(key(q("a", [[["x"], 1]]) + q("a", [[["y"], 1]]))))).toMatch(/"a" is already keyed by Question 1/);
    expect(invalidMessage(() => parseAnswerKey(key(q("a", [[["x"], 1.5]]))))).toMatch(/AnswerScore must be a whole number, got "1.5"/);
    expect(invalidMessage(() => parseAnswerKey(key(q("a", [[[], 1]]))))).toMatch(/AnswerOption 1: has no SelectionIdentifier/);
    expect(invalidMessage(() => parseAnswerKey(key(q("a", [[["x", "x"], 1]]))))).toMatch(/"x" appears twice/);
    expect(invalidMessage(() => parseAnswerKey(key(`<Question><QuestionIdentifier>a</QuestionIdentifier><Bogus/></Question>`)))).toMatch(/unexpected element Bogus/);
  });

  it("refuses mappings that cannot give one value for every score", () => {
    const one = q("a", [[["x"], 1]]);
    expect(invalidMessage(() => parseAnswerKey(key(one + mapping("<PercentageMapping><MaximumSummedScore>0</MaximumSummedScore></PercentageMapping>"))))).toMatch(
      /MaximumSummedScore must be at least 1/,
    );
    expect(invalidMessage(() => parseAnswerKey(key(one + mapping("<ScaleMapping><SummedScoreMultiplier>two</SummedScoreMultiplier></ScaleMapping>"))))).toMatch(
      /SummedScoreMultiplier must be a decimal number/,
    );
    expect(invalidMessage(() => parseAnswerKey(key(one + mapping(""))))).toMatch(/exactly one of PercentageMapping, ScaleMapping or RangeMapping/);
    const range = (a: [number, number], b: [number, number], out = "<OutOfRangeQualificationValue>0</OutOfRangeQualificationValue>") =>
      `<RangeMapping>${[a, b]
        .map(([lo, hi]) => `<SummedScoreRange><InclusiveLowerBound>${lo}</InclusiveLowerBound><InclusiveUpperBound>${hi}</InclusiveUpperBound><QualificationValue>1</QualificationValue></SummedScoreRange>`)
        .join("")}${out}</RangeMapping>`;
    expect(invalidMessage(() => parseAnswerKey(key(one + mapping(range([0, 5], [5, 9])))))).toMatch(/ranges 0–5 and 5–9 overlap/);
    expect(invalidMessage(() => parseAnswerKey(key(one + mapping(range([3, 1], [5, 9])))))).toMatch(/InclusiveLowerBound 3 is above InclusiveUpperBound 1/);
    expect(invalidMessage(() => parseAnswerKey(key(one + mapping(range([0, 4], [5, 9], "")))))).toMatch(/OutOfRangeQualificationValue is missing/);
    expect(invalidMessage(() => parseAnswerKey(key(mapping("<PercentageMapping><MaximumSummedScore>4</MaximumSummedScore></PercentageMapping>") + one)))).toMatch(
      /must come after every Question/,
    );
  });
});

describe("checkAnswerKeyAgainstTest", () => {
  it("accepts the English key for the English test", () => {
    expect(() => checkAnswerKeyAgainstTest(englishKey, englishTest)).not.toThrow();
  });

  it("refuses a key for a question the test lacks, a free-text question, or an unknown selection", () => {
    expect(invalidMessage(() => parseAnswerKeyForTest(key(q("q9", [[["its"], 1]])), englishTest))).toMatch(
      /Question "q9": the test has no question with this QuestionIdentifier \(the test's questions are "q1", "q2", "q3", "q4"\)/,
    );
    expect(invalidMessage(() => parseAnswerKeyForTest(key(q("q2", [[["it's"], 1]])), englishTest))).toMatch(
      /SelectionIdentifier "it's" is not one of this question's selections/,
    );
    const freeText = parseQuestionForm(
      `<QuestionForm xmlns="${QUESTION_FORM_NAMESPACE_2017}"><Question><QuestionIdentifier>name</QuestionIdentifier><QuestionContent><Text>Name?</Text></QuestionContent><AnswerSpecification><FreeTextAnswer/></AnswerSpecification></Question></QuestionForm>`,
    );
    expect(invalidMessage(() => parseAnswerKeyForTest(key(q("name", [[["bob"], 1]])), freeText))).toMatch(/can only score SelectionAnswer questions/);
  });
});

describe("scoreTest on the English fixture (PercentageMapping, maximum 4)", () => {
  // The answers go through the same validation a worker's submission does.
  const answersOf = (fields: Record<string, string | string[]>) => {
    const result = validateAnswers(englishTest, { fields });
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
    return result.answers;
  };

  it("all right: 4 of 4 = 100", () => {
    const answers = answersOf({ q1: "theyre", q2: "its", q3: "have", q4: ["separate", "necessary"] });
    expect(scoreTest(englishKey, answers)).toEqual({ summedScore: 4, qualificationValue: 100 });
  });

  it("two right: 2 of 4 = 50", () => {
    const answers = answersOf({ q1: "theyre", q2: "it_s", q3: "have", q4: ["necessary", "recieve", "separate"] });
    expect(scoreTest(englishKey, answers)).toEqual({ summedScore: 2, qualificationValue: 50 });
  });

  it("three right: 3 of 4 = 75; a multi-selection answer scores only on the exact set", () => {
    expect(scoreTest(englishKey, answersOf({ q1: "theyre", q2: "its", q3: "have", q4: "necessary" }))).toEqual({ summedScore: 3, qualificationValue: 75 });
    expect(scoreTest(englishKey, answersOf({ q1: "their", q2: "it_s", q3: "of", q4: "recieve" }))).toEqual({ summedScore: 0, qualificationValue: 0 });
  });

  it("one right: 1 of 4 = 25, and a question left out scores its default", () => {
    expect(scoreTest(englishKey, [pick("q1", "theyre")])).toEqual({ summedScore: 1, qualificationValue: 25 });
  });
});

describe("scoreTest with small inline keys", () => {
  const all = [pick("a", "right"), pick("b", "yes"), pick("c", "y", "x")];

  it("no mapping: the summed score is the value; defaults and negative defaults apply", () => {
    const k = parseAnswerKey(key(smallQuestions));
    expect(scoreTest(k, all)).toEqual({ summedScore: 12, qualificationValue: 12 }); // 5 + 3 + 4
    expect(scoreTest(k, [pick("a", "half"), pick("b", "no"), pick("c", "x")])).toEqual({ summedScore: 1, qualificationValue: 1 }); // 2 - 1 + 0
    expect(scoreTest(k, [])).toEqual({ summedScore: -1, qualificationValue: -1 }); // 0 - 1 + 0
    // A superset of the option's set, an "Other" answer and a free-text answer all miss the option.
    expect(scoreTest(k, [pick("c", "x", "y", "z")]).summedScore).toBe(-1);
    expect(scoreTest(k, [{ questionIdentifier: "a", selectionIdentifiers: ["right"], otherSelectionText: "hmm" }]).summedScore).toBe(-1);
    expect(scoreTest(k, [{ questionIdentifier: "a", freeText: "right" }]).summedScore).toBe(-1);
  });

  it("PercentageMapping rounds to the nearest integer", () => {
    const k = parseAnswerKey(key(smallQuestions + mapping("<PercentageMapping><MaximumSummedScore>12</MaximumSummedScore></PercentageMapping>")));
    expect(scoreTest(k, all)).toEqual({ summedScore: 12, qualificationValue: 100 });
    expect(scoreTest(k, [pick("a", "right"), pick("b", "no")]).qualificationValue).toBe(33); // 4 / 12 = 33.33
    expect(scoreTest(k, [pick("a", "half"), pick("b", "yes"), pick("c", "x", "y")]).qualificationValue).toBe(75); // 9 / 12
    expect(scoreTest(k, [pick("a", "half"), pick("b", "yes")]).qualificationValue).toBe(42); // 5 / 12 = 41.67
    expect(mapSummedScore({ kind: "percentage", maximumSummedScore: 8 }, 1)).toBe(13); // 12.5 rounds up
  });

  it("ScaleMapping multiplies by the decimal multiplier", () => {
    const k = parseAnswerKey(key(smallQuestions + mapping("<ScaleMapping><SummedScoreMultiplier>2.5</SummedScoreMultiplier></ScaleMapping>")));
    expect(scoreTest(k, all)).toEqual({ summedScore: 12, qualificationValue: 30 });
    expect(scoreTest(k, [pick("a", "right")])).toEqual({ summedScore: 4, qualificationValue: 10 }); // 5 - 1
    expect(scoreTest(k, [pick("a", "half"), pick("b", "yes")])).toEqual({ summedScore: 5, qualificationValue: 13 }); // 12.5 rounds up
    const third = parseAnswerKey(key(smallQuestions + mapping("<ScaleMapping><SummedScoreMultiplier>0.3</SummedScoreMultiplier></ScaleMapping>")));
    expect(scoreTest(third, [pick("a", "half"), pick("b", "yes")]).qualificationValue).toBe(2); // 5 × 0.3 = 1.5, exactly
  });

  it("RangeMapping picks the range holding the score, or the out-of-range value", () => {
    const ranges =
      "<RangeMapping>" +
      "<SummedScoreRange><InclusiveLowerBound>0</InclusiveLowerBound><InclusiveUpperBound>4</InclusiveUpperBound><QualificationValue>1</QualificationValue></SummedScoreRange>" +
      "<SummedScoreRange><InclusiveLowerBound>5</InclusiveLowerBound><InclusiveUpperBound>9</InclusiveUpperBound><QualificationValue>50</QualificationValue></SummedScoreRange>" +
      "<SummedScoreRange><InclusiveLowerBound>10</InclusiveLowerBound><InclusiveUpperBound>12</InclusiveUpperBound><QualificationValue>99</QualificationValue></SummedScoreRange>" +
      "<OutOfRangeQualificationValue>-7</OutOfRangeQualificationValue></RangeMapping>";
    const k = parseAnswerKey(key(smallQuestions + mapping(ranges)));
    expect(scoreTest(k, all)).toEqual({ summedScore: 12, qualificationValue: 99 });
    expect(scoreTest(k, [pick("a", "half"), pick("b", "yes")])).toEqual({ summedScore: 5, qualificationValue: 50 }); // lower bound inclusive
    expect(scoreTest(k, [pick("a", "right")])).toEqual({ summedScore: 4, qualificationValue: 1 }); // upper bound inclusive
    expect(scoreTest(k, [])).toEqual({ summedScore: -1, qualificationValue: -7 });
  });
});
