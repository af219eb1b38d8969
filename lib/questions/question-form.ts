// parseQuestionForm: MTurk's QuestionForm XML (2017-11-06 or 2005-10-01 namespace) into the typed
// model of question-form.types.ts. Every problem is a DomainError("InvalidInput") naming the element.
import { DomainError } from "@/lib/errors";
import { parseAnswerSpecification } from "./question-form-answer-spec";
import { parseContentItems } from "./question-form-content";
import { booleanOf, childElements, clip, invalid, nonEmptyTextOf, optionalChild, requiredChild, textOf } from "./question-form-reader";
import {
  MAX_QUESTION_BYTES,
  QUESTION_FORM_NAMESPACE_2017,
  QUESTION_FORM_NAMESPACES,
  otherFieldName,
  type Question,
  type QuestionForm,
  type QuestionFormItem,
  type QuestionFormNamespace,
} from "./question-form.types";
import { parseXmlTree, type XmlElement } from "./xml-tree";

export * from "./question-form.types";

const utf8 = new TextEncoder();

export function parseQuestionForm(xml: string): QuestionForm {
  const bytes = typeof xml === "string" ? utf8.encode(xml).length : 0;
  if (bytes > MAX_QUESTION_BYTES) {
    throw new DomainError(
      "InvalidInput",
      `QuestionForm is ${bytes.toLocaleString("en-US")} bytes; the limit is ${MAX_QUESTION_BYTES.toLocaleString("en-US")} bytes (UTF-8).`,
    );
  }

  const root = parseXmlTree(xml, "QuestionForm");
  if (root.name !== "QuestionForm") {
    throw new DomainError("InvalidInput", `The root element is ${root.name}; a QuestionForm document starts with <QuestionForm>.`);
  }
  const namespace = checkNamespace(root);

  const items: QuestionFormItem[] = [];
  const questionNumberById = new Map<string, number>();
  let overviewNumber = 0;
  let questionNumber = 0;
  for (const element of childElements(root, "QuestionForm", ["Overview", "Question"])) {
    if (element.name === "Overview") {
      overviewNumber += 1;
      items.push({ kind: "overview", content: parseContentItems(element, `Overview ${overviewNumber}`) });
      continue;
    }
    questionNumber += 1;
    const question = parseQuestion(element, questionNumber);
    const earlier = questionNumberById.get(question.identifier);
    if (earlier !== undefined) {
      invalid(
        describeQuestion(questionNumber, question.identifier),
        `QuestionIdentifier "${clip(question.identifier)}" is already used by Question ${earlier}; each question needs its own.`,
      );
    }
    questionNumberById.set(question.identifier, questionNumber);
    items.push(question);
  }
  if (questionNumber === 0) throw new DomainError("InvalidInput", "QuestionForm has no Question; add at least one.");

  // The rendered form sends an "Other" answer's text as "<id>.other"; a question with that very id would collide.
  for (const item of items) {
    if (item.kind !== "question" || item.answer.type !== "selection" || !item.answer.otherSelection) continue;
    const clash = questionNumberById.get(otherFieldName(item.identifier));
    if (clash !== undefined) {
      invalid(
        describeQuestion(clash, otherFieldName(item.identifier)),
        `QuestionIdentifier "${clip(otherFieldName(item.identifier))}" clashes with the "Other" answer of question "${clip(item.identifier)}"; rename it.`,
      );
    }
  }
  return { namespace, items };
}

function checkNamespace(root: XmlElement): QuestionFormNamespace {
  const namespace = root.namespace;
  if (namespace === undefined) {
    throw new DomainError("InvalidInput", `QuestionForm has no namespace; add xmlns="${QUESTION_FORM_NAMESPACE_2017}".`);
  }
  if (!(QUESTION_FORM_NAMESPACES as readonly string[]).includes(namespace)) {
    throw new DomainError(
      "InvalidInput",
      `QuestionForm namespace "${clip(namespace, 120)}" is not supported; use "${QUESTION_FORM_NAMESPACE_2017}" (or the 2005-10-01 QuestionForm.xsd).`,
    );
  }
  // Every element must belong to the form's namespace; anything else is markup we would silently ignore.
  const visit = (element: XmlElement) => {
    if (element.namespace !== namespace) {
      throw new DomainError("InvalidInput", `QuestionForm: element ${element.name} is not in the QuestionForm namespace.`);
    }
    for (const child of element.children) if (child.type === "element") visit(child);
  };
  visit(root);
  return namespace as QuestionFormNamespace;
}

function describeQuestion(number: number, identifier?: string): string {
  return identifier === undefined ? `Question ${number}` : `Question ${number} ("${clip(identifier)}")`;
}

function parseQuestion(element: XmlElement, number: number): Question {
  const allowed = ["QuestionIdentifier", "DisplayName", "IsRequired", "QuestionContent", "AnswerSpecification"];
  const children = childElements(element, describeQuestion(number), allowed);
  const identifier = nonEmptyTextOf(requiredChild(children, "QuestionIdentifier", describeQuestion(number)), describeQuestion(number));
  const where = describeQuestion(number, identifier);

  const displayNameElement = optionalChild(children, "DisplayName", where);
  const isRequiredElement = optionalChild(children, "IsRequired", where);
  const contentElement = requiredChild(children, "QuestionContent", where);
  const answerElement = requiredChild(children, "AnswerSpecification", where);

  const question: Question = {
    kind: "question",
    identifier,
    isRequired: isRequiredElement ? booleanOf(textOf(isRequiredElement, where), "IsRequired", where) : false,
    content: parseContentItems(contentElement, where),
    answer: parseAnswerSpecification(answerElement, where),
  };
  const displayName = displayNameElement ? textOf(displayNameElement, where).trim() : "";
  if (displayName !== "") question.displayName = displayName;
  return question;
}
