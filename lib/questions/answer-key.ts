// MTurk's AnswerKey XML for qualification tests: the score of each answer option, a default score per
// question, and how the summed score becomes the qualification value (PercentageMapping, ScaleMapping,
// RangeMapping, or none: the summed score itself). Every problem is a DomainError("InvalidInput") that
// names the element, because requesters read these messages.
import { DomainError } from "@/lib/errors";
import { isSelectionAnswer, type Answer } from "./answers.types";
import { childElements, clip, integerOf, invalid, nonEmptyTextOf, optionalChild, requiredChild, textOf } from "./question-form-reader";
import { formQuestions, type QuestionForm } from "./question-form.types";
import { parseXmlTree, type XmlElement } from "./xml-tree";

export const ANSWER_KEY_NAMESPACE = "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/AnswerKey.xsd";
/** MTurk's limit on the AnswerKey parameter, in UTF-8 bytes. */
export const MAX_ANSWER_KEY_BYTES = 65_535;

export interface AnswerOption {
  /** The exact set of selections that earns the score (kept in document order). */
  selectionIdentifiers: string[];
  answerScore: number;
}

export interface AnswerKeyQuestion {
  questionIdentifier: string;
  answerOptions: AnswerOption[];
  /** Added when no option matches the worker's answer exactly; MTurk's default is 0. */
  defaultScore: number;
}

export interface SummedScoreRange {
  inclusiveLowerBound: number;
  inclusiveUpperBound: number;
  qualificationValue: number;
}

export type QualificationValueMapping =
  | { kind: "percentage"; maximumSummedScore: number }
  /** The multiplier is a decimal; kept as the exact fraction numerator / denominator (a power of ten). */
  | { kind: "scale"; summedScoreMultiplier: number; numerator: number; denominator: number }
  | { kind: "range"; ranges: SummedScoreRange[]; outOfRangeQualificationValue: number };

export interface AnswerKey {
  questions: AnswerKeyQuestion[];
  /** Absent: the qualification value is the summed score. */
  mapping?: QualificationValueMapping;
}

export interface TestScore {
  summedScore: number;
  qualificationValue: number;
}

const utf8 = new TextEncoder();

export function parseAnswerKey(xml: string): AnswerKey {
  const bytes = typeof xml === "string" ? utf8.encode(xml).length : 0;
  if (bytes > MAX_ANSWER_KEY_BYTES) {
    throw new DomainError(
      "InvalidInput",
      `AnswerKey is ${bytes.toLocaleString("en-US")} bytes; the limit is ${MAX_ANSWER_KEY_BYTES.toLocaleString("en-US")} bytes (UTF-8).`,
    );
  }
  const root = parseXmlTree(xml, "AnswerKey");
  if (root.name !== "AnswerKey") {
    throw new DomainError("InvalidInput", `The root element is ${root.name}; an AnswerKey document starts with <AnswerKey>.`);
  }
  checkNamespace(root);

  const children = childElements(root, "AnswerKey", ["Question", "QualificationValueMapping"]);
  const questions: AnswerKeyQuestion[] = [];
  const seen = new Map<string, number>();
  let mappingElement: XmlElement | undefined;
  children.forEach((child, index) => {
    if (child.name === "QualificationValueMapping") {
      if (mappingElement) invalid("AnswerKey", "QualificationValueMapping appears more than once; it may appear only once.");
      if (index !== children.length - 1) invalid("AnswerKey", "QualificationValueMapping must come after every Question.");
      mappingElement = child;
      return;
    }
    const number = questions.length + 1;
    const question = parseQuestion(child, number);
    const earlier = seen.get(question.questionIdentifier);
    if (earlier !== undefined) {
      invalid(
        `AnswerKey, Question ${number}`,
        `QuestionIdentifier "${clip(question.questionIdentifier)}" is already keyed by Question ${earlier}; key each question once.`,
      );
    }
    seen.set(question.questionIdentifier, number);
    questions.push(question);
  });
  if (questions.length === 0) throw new DomainError("InvalidInput", "AnswerKey has no Question; key at least one question of the test.");

  const key: AnswerKey = { questions };
  if (mappingElement) key.mapping = parseMapping(mappingElement);
  return key;
}

function checkNamespace(root: XmlElement): void {
  if (root.namespace === undefined) {
    throw new DomainError("InvalidInput", `AnswerKey has no namespace; add xmlns="${ANSWER_KEY_NAMESPACE}".`);
  }
  if (root.namespace !== ANSWER_KEY_NAMESPACE) {
    throw new DomainError("InvalidInput", `AnswerKey namespace "${clip(root.namespace, 120)}" is not supported; use "${ANSWER_KEY_NAMESPACE}".`);
  }
  const visit = (element: XmlElement) => {
    if (element.namespace !== ANSWER_KEY_NAMESPACE) {
      throw new DomainError("InvalidInput", `AnswerKey: element ${element.name} is not in the AnswerKey namespace.`);
    }
    for (const child of element.children) if (child.type === "element") visit(child);
  };
  visit(root);
}

/** A signed whole number (scores may be negative, as MTurk allows). */
function signedInteger(element: XmlElement, where: string): number {
  return integerOf(textOf(element, where), element.name, where, Number.MIN_SAFE_INTEGER);
}

function parseQuestion(element: XmlElement, number: number): AnswerKeyQuestion {
  const at = `AnswerKey, Question ${number}`;
  const children = childElements(element, at, ["QuestionIdentifier", "AnswerOption", "DefaultScore"]);
  const questionIdentifier = nonEmptyTextOf(requiredChild(children, "QuestionIdentifier", at), at);
  const where = `AnswerKey, Question ${number} ("${clip(questionIdentifier)}")`;
  const optionElements = children.filter((child) => child.name === "AnswerOption");
  if (optionElements.length === 0) invalid(where, "has no AnswerOption; give at least one option with its AnswerScore.");
  const answerOptions = optionElements.map((option, index) => {
    const optionWhere = `${where}, AnswerOption ${index + 1}`;
    const parts = childElements(option, optionWhere, ["SelectionIdentifier", "AnswerScore"]);
    const identifiers = parts.filter((part) => part.name === "SelectionIdentifier").map((part) => nonEmptyTextOf(part, optionWhere));
    if (identifiers.length === 0) invalid(optionWhere, "has no SelectionIdentifier; name the selection(s) that earn the score.");
    const duplicate = identifiers.find((id, i) => identifiers.indexOf(id) !== i);
    if (duplicate !== undefined) invalid(optionWhere, `SelectionIdentifier "${clip(duplicate)}" appears twice.`);
    return { selectionIdentifiers: identifiers, answerScore: signedInteger(requiredChild(parts, "AnswerScore", optionWhere), optionWhere) };
  });
  const defaultElement = optionalChild(children, "DefaultScore", where);
  return { questionIdentifier, answerOptions, defaultScore: defaultElement ? signedInteger(defaultElement, where) : 0 };
}

function parseMapping(element: XmlElement): QualificationValueMapping {
  const at = "AnswerKey, QualificationValueMapping";
  const children = childElements(element, at, ["PercentageMapping", "ScaleMapping", "RangeMapping"]);
  if (children.length !== 1) invalid(at, "must hold exactly one of PercentageMapping, ScaleMapping or RangeMapping.");
  const mapping = children[0];
  const where = `${at}, ${mapping.name}`;
  if (mapping.name === "PercentageMapping") {
    const parts = childElements(mapping, where, ["MaximumSummedScore"]);
    const maximumSummedScore = integerOf(textOf(requiredChild(parts, "MaximumSummedScore", where), where), "MaximumSummedScore", where, 1);
    return { kind: "percentage", maximumSummedScore };
  }
  if (mapping.name === "ScaleMapping") {
    const parts = childElements(mapping, where, ["SummedScoreMultiplier"]);
    const raw = textOf(requiredChild(parts, "SummedScoreMultiplier", where), where).trim();
    const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(raw);
    if (!match || (match[2] === "" && !match[3])) invalid(where, `SummedScoreMultiplier must be a decimal number, got "${clip(raw)}".`);
    const fraction = (match[3] ?? "").replace(/0+$/, "");
    if (fraction.length > 6) invalid(where, `SummedScoreMultiplier has more than 6 decimal places: "${clip(raw)}".`);
    const denominator = 10 ** fraction.length;
    const numerator = (match[1] === "-" ? -1 : 1) * Number((match[2] || "0") + fraction);
    if (!Number.isSafeInteger(numerator)) invalid(where, `SummedScoreMultiplier is too large: "${clip(raw)}".`);
    return { kind: "scale", summedScoreMultiplier: numerator / denominator, numerator, denominator };
  }
  const parts = childElements(mapping, where, ["SummedScoreRange", "OutOfRangeQualificationValue"]);
  const ranges = parts
    .filter((part) => part.name === "SummedScoreRange")
    .map((range, index): SummedScoreRange => {
      const rangeWhere = `${where}, SummedScoreRange ${index + 1}`;
      const bounds = childElements(range, rangeWhere, ["InclusiveLowerBound", "InclusiveUpperBound", "QualificationValue"]);
      const lower = signedInteger(requiredChild(bounds, "InclusiveLowerBound", rangeWhere), rangeWhere);
      const upper = signedInteger(requiredChild(bounds, "InclusiveUpperBound", rangeWhere), rangeWhere);
      if (lower > upper) invalid(rangeWhere, `InclusiveLowerBound ${lower} is above InclusiveUpperBound ${upper}.`);
      const value = signedInteger(requiredChild(bounds, "QualificationValue", rangeWhere), rangeWhere);
      return { inclusiveLowerBound: lower, inclusiveUpperBound: upper, qualificationValue: value };
    });
  if (ranges.length === 0) invalid(where, "has no SummedScoreRange; give at least one range.");
  // MTurk leaves overlapping ranges undefined; we refuse them so a score never has two values.
  const sorted = [...ranges].sort((a, b) => a.inclusiveLowerBound - b.inclusiveLowerBound);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].inclusiveLowerBound <= sorted[i - 1].inclusiveUpperBound) {
      invalid(
        where,
        `the ranges ${sorted[i - 1].inclusiveLowerBound}–${sorted[i - 1].inclusiveUpperBound} and ${sorted[i].inclusiveLowerBound}–${sorted[i].inclusiveUpperBound} overlap; ranges must not overlap.`,
      );
    }
  }
  const outOfRange = optionalChild(parts, "OutOfRangeQualificationValue", where);
  if (!outOfRange) invalid(where, "OutOfRangeQualificationValue is missing; say which value a score outside every range gets.");
  return { kind: "range", ranges, outOfRangeQualificationValue: signedInteger(outOfRange, where) };
}

/**
 * The key must fit the test it scores: every keyed question is a selection question of the test, and
 * every SelectionIdentifier is one of that question's selections.
 */
export function checkAnswerKeyAgainstTest(key: AnswerKey, test: QuestionForm): void {
  const questions = new Map(formQuestions(test).map((q) => [q.identifier, q]));
  for (const keyed of key.questions) {
    const where = `AnswerKey, Question "${clip(keyed.questionIdentifier)}"`;
    const question = questions.get(keyed.questionIdentifier);
    if (!question) {
      const known = [...questions.keys()].map((id) => `"${clip(id)}"`).join(", ");
      invalid(where, `the test has no question with this QuestionIdentifier (the test's questions are ${known}).`);
    }
    if (question.answer.type !== "selection") {
      invalid(where, "is not a multiple-choice question in the test; an answer key can only score SelectionAnswer questions.");
    }
    const selections = new Set(question.answer.selections.map((s) => s.identifier));
    for (const option of keyed.answerOptions) {
      for (const id of option.selectionIdentifiers) {
        if (!selections.has(id)) invalid(where, `SelectionIdentifier "${clip(id)}" is not one of this question's selections in the test.`);
      }
    }
  }
}

/** Parses an answer key and checks it against the (already parsed) test. */
export function parseAnswerKeyForTest(xml: string, test: QuestionForm): AnswerKey {
  const key = parseAnswerKey(xml);
  checkAnswerKeyAgainstTest(key, test);
  return key;
}

const sameSet = (a: string[], b: Set<string>) => a.length === b.size && a.every((id) => b.has(id));

/** The score of one keyed question: the option whose selection set equals the worker's exactly, else the default. */
function questionScore(keyed: AnswerKeyQuestion, answer: Answer | undefined): number {
  if (!answer || !isSelectionAnswer(answer)) return keyed.defaultScore;
  // An "Other" answer is a selection of its own, so it never equals an option's set.
  if (answer.otherSelectionText !== undefined) return keyed.defaultScore;
  const chosen = new Set(answer.selectionIdentifiers);
  const match = keyed.answerOptions.find((option) => sameSet(option.selectionIdentifiers, chosen));
  return match ? match.answerScore : keyed.defaultScore;
}

/** "Rounded to the nearest integer"; halves go up, and never a negative zero. */
const roundNearest = (x: number) => Math.round(x) + 0;

export function mapSummedScore(mapping: QualificationValueMapping | undefined, summedScore: number): number {
  if (!mapping) return summedScore;
  switch (mapping.kind) {
    case "percentage":
      return roundNearest((summedScore * 100) / mapping.maximumSummedScore);
    case "scale":
      return roundNearest((summedScore * mapping.numerator) / mapping.denominator);
    case "range": {
      const range = mapping.ranges.find((r) => summedScore >= r.inclusiveLowerBound && summedScore <= r.inclusiveUpperBound);
      return range ? range.qualificationValue : mapping.outOfRangeQualificationValue;
    }
  }
}

export function scoreTest(key: AnswerKey, answers: Answer[]): TestScore {
  const byQuestion = new Map(answers.map((a) => [a.questionIdentifier, a]));
  const summedScore = key.questions.reduce((sum, keyed) => sum + questionScore(keyed, byQuestion.get(keyed.questionIdentifier)), 0);
  return { summedScore, qualificationValue: mapSummedScore(key.mapping, summedScore) };
}
