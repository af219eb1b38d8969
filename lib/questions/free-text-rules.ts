// The FreeTextAnswer constraints (IsNumeric, Length, AnswerFormatRegex) as checks with worker-facing
// messages, and as a one-line hint the form shows before the worker types anything.
import type { FreeTextAnswerSpec } from "./question-form.types";

// Whole or decimal numbers with an optional sign: what people type for "how many" and "how much".
// No exponents, thousands separators or spaces inside: those are ambiguous across locales.
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Free text as stored: line breaks normalized (browsers send CRLF from textareas), outer spaces trimmed. */
export function normalizeFreeText(value: string): string {
  return value.replace(/\r\n?/g, "\n").trim();
}

/** Length in characters as a person counts them (an emoji is one, not two UTF-16 units). */
export function characterCount(value: string): number {
  return [...value].length;
}

const characters = (n: number) => `${n} ${n === 1 ? "character" : "characters"}`;

/** The first constraint the (normalized, non-empty) answer breaks, as a message for the worker. */
export function checkFreeText(value: string, spec: FreeTextAnswerSpec): string | undefined {
  const { isNumeric, length, answerFormatRegex } = spec.constraints;

  if (isNumeric) {
    const { minValue, maxValue } = isNumeric;
    const number = NUMBER.test(value) ? Number(value) : NaN;
    const outOfRange = (minValue !== undefined && number < minValue) || (maxValue !== undefined && number > maxValue);
    if (Number.isNaN(number) || outOfRange) return `Enter ${describeNumber(minValue, maxValue)}.`;
  }

  if (length) {
    const { minLength, maxLength } = length;
    const count = characterCount(value);
    const typed = ` (you entered ${count})`;
    if (minLength !== undefined && minLength === maxLength && count !== minLength) {
      return `Enter exactly ${characters(minLength)}${typed}.`;
    }
    if (minLength !== undefined && count < minLength) return `Enter at least ${characters(minLength)}${typed}.`;
    if (maxLength !== undefined && count > maxLength) return `Enter no more than ${characters(maxLength)}${typed}.`;
  }

  for (const { regex, flags, errorText } of answerFormatRegex) {
    if (!new RegExp(regex, flags).test(value)) return errorText ?? "Your answer is not in the expected format.";
  }
  return undefined;
}

/** e.g. "A number from 18 to 120 · Exactly 5 characters.", or undefined when nothing is constrained. */
export function describeFreeTextConstraints(spec: FreeTextAnswerSpec): string | undefined {
  const parts: string[] = [];
  const { isNumeric, length } = spec.constraints;
  if (isNumeric) {
    const phrase = describeNumber(isNumeric.minValue, isNumeric.maxValue);
    parts.push(phrase.charAt(0).toUpperCase() + phrase.slice(1));
  }
  if (length) {
    const { minLength, maxLength } = length;
    if (minLength !== undefined && minLength === maxLength) parts.push(`Exactly ${characters(minLength)}`);
    else if (minLength !== undefined && maxLength !== undefined) parts.push(`${minLength} to ${maxLength} characters`);
    else if (minLength !== undefined) parts.push(`At least ${characters(minLength)}`);
    else if (maxLength !== undefined) parts.push(`Up to ${characters(maxLength)}`);
  }
  return parts.length > 0 ? `${parts.join(" · ")}.` : undefined;
}

function describeNumber(minValue: number | undefined, maxValue: number | undefined): string {
  if (minValue !== undefined && maxValue !== undefined) return `a number from ${minValue} to ${maxValue}`;
  if (minValue !== undefined) return `a number of at least ${minValue}`;
  if (maxValue !== undefined) return `a number no greater than ${maxValue}`;
  return "a number";
}
