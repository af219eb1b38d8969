// buildQuestionFormXml: the requester's form builder output as QuestionForm XML (2017-11-06 namespace),
// which parseQuestionForm reads back to the same questions.
import { DomainError } from "@/lib/errors";
import {
  MAX_QUESTION_BYTES,
  MAX_UPLOAD_BYTES,
  QUESTION_FORM_NAMESPACE_2017,
} from "./question-form.types";
import {
  MULTI_CHOICE_STYLES,
  questionFormSpecSchema,
  type QuestionFormSpec,
  type QuestionSpec,
} from "./question-form-spec";
import { escapeXmlAttribute, escapeXmlText } from "./xml-escape";

export { questionFormSpecSchema, type QuestionFormSpec, type QuestionSpec } from "./question-form-spec";

/** Selection identifiers are derived from the option's position ("opt1", "opt2", ...), stable across edits of the text. */
export const optionIdentifier = (index: number) => `opt${index + 1}`;

export function buildQuestionFormXml(spec: QuestionFormSpec): string {
  const parsed = questionFormSpecSchema.safeParse(spec);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join(".") || "form";
      fieldErrors[key] ??= issue.message;
    }
    const [first] = parsed.error.issues;
    const where = describePath(first.path);
    throw new DomainError("InvalidInput", where ? `${where}: ${first.message}` : first.message, { fieldErrors });
  }
  const form = parsed.data;

  const lines = [`<QuestionForm xmlns="${escapeXmlAttribute(QUESTION_FORM_NAMESPACE_2017)}">`];
  const overview = form.overview?.trim();
  if (overview) lines.push("  <Overview>", `    ${textElement("Text", overview)}`, "  </Overview>");
  for (const question of form.questions) lines.push(...questionLines(question));
  lines.push("</QuestionForm>");
  const xml = lines.join("\n");

  const bytes = new TextEncoder().encode(xml).length;
  if (bytes > MAX_QUESTION_BYTES) {
    throw new DomainError(
      "InvalidInput",
      `The form is ${bytes.toLocaleString("en-US")} bytes as QuestionForm XML; the limit is ${MAX_QUESTION_BYTES.toLocaleString("en-US")}. Shorten the texts or split the questions across HITs.`,
    );
  }
  return xml;
}

function describePath(path: PropertyKey[]): string {
  if (path[0] !== "questions" || typeof path[1] !== "number") return "";
  return `Question ${path[1] + 1}`;
}

function textElement(name: string, text: string): string {
  return `<${name}>${escapeXmlText(text)}</${name}>`;
}

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join("");
}

function questionLines(question: QuestionSpec): string[] {
  return [
    "  <Question>",
    `    ${textElement("QuestionIdentifier", question.id)}`,
    `    <IsRequired>${question.required ? "true" : "false"}</IsRequired>`,
    `    <QuestionContent>${textElement("Text", question.text.trim())}</QuestionContent>`,
    "    <AnswerSpecification>",
    ...answerLines(question).map((line) => `      ${line}`),
    "    </AnswerSpecification>",
    "  </Question>",
  ];
}

function answerLines(question: QuestionSpec): string[] {
  switch (question.kind) {
    case "freetext": {
      const constraints: string[] = [];
      if (question.numeric) {
        constraints.push(`<IsNumeric${attributes({ minValue: question.numeric.min, maxValue: question.numeric.max })}/>`);
      }
      if (question.minLength !== undefined || question.maxLength !== undefined) {
        constraints.push(`<Length${attributes({ minLength: question.minLength, maxLength: question.maxLength })}/>`);
      }
      if (question.regex) {
        constraints.push(`<AnswerFormatRegex${attributes({ regex: question.regex.pattern, errorText: question.regex.errorText.trim() })}/>`);
      }
      const lines = ["<FreeTextAnswer>"];
      if (constraints.length > 0) lines.push("  <Constraints>", ...constraints.map((c) => `    ${c}`), "  </Constraints>");
      if (question.defaultText) lines.push(`  ${textElement("DefaultText", question.defaultText)}`);
      if (question.lines !== undefined) lines.push(`  <NumberOfLinesSuggestion>${question.lines}</NumberOfLinesSuggestion>`);
      lines.push("</FreeTextAnswer>");
      return lines;
    }
    case "choice": {
      const lines = ["<SelectionAnswer>"];
      if (question.minSelections !== undefined) lines.push(`  <MinSelectionCount>${question.minSelections}</MinSelectionCount>`);
      // MTurk's default maximum is one choice; a multi-choice style without a maximum means "any number",
      // so write that out for readers of the XML that apply MTurk's default.
      const choices = question.options.length + (question.allowOther ? 1 : 0);
      const max = question.maxSelections ?? (MULTI_CHOICE_STYLES.includes(question.style) ? choices : undefined);
      if (max !== undefined) lines.push(`  <MaxSelectionCount>${max}</MaxSelectionCount>`);
      lines.push(`  <StyleSuggestion>${question.style}</StyleSuggestion>`, "  <Selections>");
      question.options.forEach((option, index) => {
        lines.push(
          `    <Selection>${textElement("SelectionIdentifier", optionIdentifier(index))}${textElement("Text", option.trim())}</Selection>`,
        );
      });
      if (question.allowOther) lines.push("    <OtherSelection/>");
      lines.push("  </Selections>", "</SelectionAnswer>");
      return lines;
    }
    case "file":
      return [
        "<FileUploadAnswer>",
        `  <MaxFileSizeInBytes>${question.maxBytes ?? MAX_UPLOAD_BYTES}</MaxFileSizeInBytes>`,
        `  <MinFileSizeInBytes>${question.minBytes ?? 0}</MinFileSizeInBytes>`,
        "</FileUploadAnswer>",
      ];
  }
}
