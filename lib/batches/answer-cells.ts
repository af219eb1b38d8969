// A submitted answer as results cells: one value per question identifier (free text as is, selections
// joined with "|", an upload's key). The results CSV reads tens of thousands of answers per download, and
// the general XML reader costs about 50 µs each, so the documents we write ourselves (answersToXml: plain
// elements holding text) are read by a strict scanner; anything else it declines, and the general
// reader decides, so both paths give the same cells for every document.
import { parseAnswersXml, type Answer } from "@/lib/questions/answers";
import { QUESTION_FORM_ANSWERS_NAMESPACE } from "@/lib/questions/answers.types";

export type AnswerCells = Record<string, string>;

export function answerValue(a: Answer): string {
  if ("freeText" in a) return a.freeText;
  if ("selectionIdentifiers" in a) return [...a.selectionIdentifiers, ...(a.otherSelectionText ? [a.otherSelectionText] : [])].join("|");
  return a.uploadedFileKey;
}

/** The cells of an answer document; an unreadable one has none (its row shows empty answers). */
export function answerCells(xml: string | null): AnswerCells {
  if (!xml) return {};
  const fast = scanAnswers(xml);
  if (fast) return fast;
  try {
    const cells: AnswerCells = {};
    for (const a of parseAnswersXml(xml)) cells[a.questionIdentifier] = answerValue(a);
    return cells;
  } catch {
    return {};
  }
}

const DOCUMENT = /^(?:<\?xml [^<>?]*\?>\s*)?<QuestionFormAnswers(?: xmlns="([^"<>&]*)")?>([\s\S]*)<\/QuestionFormAnswers>\s*$/;
const ANSWER = /\s*<Answer>((?:<[A-Za-z]+>[^<]*<\/[A-Za-z]+>)*)<\/Answer>/y;
const CHILD = /<([A-Za-z]+)>([^<]*)<\/\1>/y;
const REFERENCE = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decoded element text, or null for anything the scanner leaves to the general reader. */
function text(raw: string): string | null {
  // A literal CR is normalized by XML parsers, "]]>" is an error in text, and other characters outside
  // XML's range make the document invalid: all rare, all the general reader's call.
  if (raw.includes("\r") || raw.includes("]]>") || /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(raw)) return null;
  if (!raw.includes("&")) return raw;
  let ok = true;
  const decoded = raw.replace(REFERENCE, (_m, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name];
    const code = hex ? parseInt(hex, 16) : Number(dec);
    const valid = code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!valid) ok = false;
    return valid ? String.fromCodePoint(code) : "";
  });
  // Any "&" left is an unknown entity or a bare ampersand: not ours to judge.
  if (!ok || raw.replace(REFERENCE, "").includes("&")) return null;
  return decoded;
}

/** The cells when the document has exactly answersToXml's shape, else null. */
export function scanAnswers(xml: string): AnswerCells | null {
  const doc = DOCUMENT.exec(xml);
  if (!doc || (doc[1] !== undefined && doc[1] !== QUESTION_FORM_ANSWERS_NAMESPACE)) return null;
  const body = doc[2];
  const cells: AnswerCells = {};
  ANSWER.lastIndex = 0;
  let end = 0;
  for (let m = ANSWER.exec(body); m; m = ANSWER.exec(body)) {
    end = ANSWER.lastIndex;
    const inner = m[1];
    const children: [string, string][] = [];
    // A sticky regex's lastIndex goes back to 0 when it stops matching, so the end is tracked here.
    let read = 0;
    CHILD.lastIndex = 0;
    for (let c = CHILD.exec(inner); c; c = CHILD.exec(inner)) {
      read = CHILD.lastIndex;
      const value = text(c[2]);
      if (value === null) return null;
      children.push([c[1], value]);
    }
    if (read !== inner.length) return null;
    const cell = answerCell(children);
    if (!cell) return null;
    cells[cell[0]] = cell[1];
  }
  if (body.slice(end).trim() !== "") return null;
  return cells;
}

/** One Answer's identifier and cell, following parseAnswersXml's rules; null when it would decide otherwise. */
function answerCell(children: [string, string][]): [string, string] | null {
  if (children.length === 0 || children[0][0] !== "QuestionIdentifier") return null;
  const id = children[0][1].trim();
  if (id === "") return null;
  const rest = children.slice(1);
  const names = rest.map(([n]) => n);
  if (names.length === 1 && names[0] === "FreeText") return [id, rest[0][1]];
  if (names.length === 2 && names[0] === "UploadedFileSizeInBytes" && names[1] === "UploadedFileKey" && /^\s*\+?\d{1,15}\s*$/.test(rest[0][1])) {
    return [id, rest[1][1].trim()];
  }
  if (names.every((n) => n === "SelectionIdentifier" || n === "OtherSelectionText") && names.filter((n) => n === "OtherSelectionText").length <= 1) {
    const selections = rest.filter(([n]) => n === "SelectionIdentifier").map(([, v]) => v.trim());
    if (selections.includes("")) return null;
    const other = rest.find(([n]) => n === "OtherSelectionText")?.[1];
    return [id, [...selections, ...(other ? [other] : [])].join("|")];
  }
  return null;
}
