// Helpers for reading QuestionForm elements with errors that say where the problem is, e.g.
// `Question 2 ("age"): AnswerSpecification is missing`. Requesters read these messages (in the web form
// and as the API's RequestError), so each one names the element and what to do about it.
import { DomainError } from "@/lib/errors";
import type { XmlElement } from "./xml-tree";

export function invalid(where: string, problem: string): never {
  throw new DomainError("InvalidInput", `${where}: ${problem}`);
}

/** The element children of `parent`, refusing stray text and elements outside `allowed`. */
export function childElements(parent: XmlElement, where: string, allowed: readonly string[]): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const child of parent.children) {
    if (child.type === "text") {
      if (child.value.trim() !== "") invalid(where, `unexpected text "${clip(child.value.trim())}" in ${parent.name}.`);
      continue;
    }
    if (!allowed.includes(child.name)) {
      invalid(where, `unexpected element ${child.name} in ${parent.name}; expected ${listWords(allowed)}.`);
    }
    elements.push(child);
  }
  return elements;
}

/** The one child named `name`, or undefined; a second one is an error. */
export function optionalChild(children: XmlElement[], name: string, where: string): XmlElement | undefined {
  const found = children.filter((child) => child.name === name);
  if (found.length > 1) invalid(where, `${name} appears ${found.length} times; it may appear only once.`);
  return found[0];
}

export function requiredChild(children: XmlElement[], name: string, where: string): XmlElement {
  return optionalChild(children, name, where) ?? invalid(where, `${name} is missing.`);
}

/** Text content (text and CDATA joined); child elements are an error. */
export function textOf(element: XmlElement, where: string): string {
  let text = "";
  for (const child of element.children) {
    if (child.type === "element") invalid(where, `${element.name} must contain only text, found element ${child.name}.`);
    else text += child.value;
  }
  return text;
}

export function nonEmptyTextOf(element: XmlElement, where: string): string {
  const text = textOf(element, where).trim();
  if (text === "") invalid(where, `${element.name} is empty.`);
  return text;
}

export function integerOf(raw: string, what: string, where: string, min = 0): number {
  const trimmed = raw.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) invalid(where, `${what} must be a whole number, got "${clip(trimmed)}".`);
  const value = Number(trimmed);
  if (!Number.isSafeInteger(value)) invalid(where, `${what} is too large: ${clip(trimmed)}.`);
  if (value < min) invalid(where, `${what} must be at least ${min}, got ${value}.`);
  return value;
}

export function numberOf(raw: string, what: string, where: string): number {
  const trimmed = raw.trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) invalid(where, `${what} must be a number, got "${clip(trimmed)}".`);
  return Number(trimmed);
}

export function booleanOf(raw: string, what: string, where: string): boolean {
  const trimmed = raw.trim();
  if (trimmed === "true" || trimmed === "1") return true;
  if (trimmed === "false" || trimmed === "0") return false;
  invalid(where, `${what} must be true or false, got "${clip(trimmed)}".`);
}

/** Refuses attributes other than `allowed` so that a typo (minvalue=) does not silently drop a constraint. */
export function checkAttributes(element: XmlElement, where: string, allowed: readonly string[]): void {
  for (const name of Object.keys(element.attributes)) {
    if (name.includes(":")) continue; // foreign attributes such as xsi:schemaLocation are harmless
    if (!allowed.includes(name)) {
      const expected = allowed.length > 0 ? `; expected ${listWords(allowed)}` : "";
      invalid(where, `${element.name} has an unknown attribute ${name}${expected}.`);
    }
  }
}

export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function listWords(words: readonly string[]): string {
  if (words.length === 0) return "nothing";
  if (words.length === 1) return words[0];
  return `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}
