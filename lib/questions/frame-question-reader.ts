// What HTMLQuestion and ExternalQuestion share: a root element in one namespace holding exactly two
// text-only children, the content (HTMLContent or ExternalURL) and FrameHeight. Errors name the
// document and the element, as the QuestionForm reader's do, because requesters read them.
import { DomainError } from "@/lib/errors";
import { childElements, clip, integerOf, invalid, requiredChild } from "./question-form-reader";
import { MAX_QUESTION_BYTES } from "./question-form.types";
import { parseXmlTree, type XmlElement } from "./xml-tree";

/** The height workers get when the requester sets FrameHeight 0 ("let the page size itself"). */
export const DEFAULT_FRAME_HEIGHT = 800;

/** The iframe height to render for a FrameHeight: 0 means the tall default. */
export function displayFrameHeight(frameHeight: number): number {
  return frameHeight > 0 ? frameHeight : DEFAULT_FRAME_HEIGHT;
}

const utf8 = new TextEncoder();

export function readFrameQuestion(
  xml: string,
  format: { root: "HTMLQuestion" | "ExternalQuestion"; namespace: string; content: "HTMLContent" | "ExternalURL" },
): { content: string; frameHeight: number } {
  const { root: rootName, namespace, content: contentName } = format;
  const bytes = typeof xml === "string" ? utf8.encode(xml).length : 0;
  if (bytes > MAX_QUESTION_BYTES) {
    throw new DomainError(
      "InvalidInput",
      `${rootName} is ${bytes.toLocaleString("en-US")} bytes; the limit is ${MAX_QUESTION_BYTES.toLocaleString("en-US")} bytes (UTF-8).`,
    );
  }

  const root = parseXmlTree(xml, rootName);
  if (root.name !== rootName) invalid(rootName, `the root element is ${root.name}; this document must start with <${rootName}>.`);
  if (root.namespace === undefined) invalid(rootName, `the document has no namespace; add xmlns="${namespace}".`);
  if (root.namespace !== namespace) {
    invalid(rootName, `namespace "${clip(root.namespace, 120)}" is not supported; use "${namespace}".`);
  }

  const children = childElements(root, rootName, [contentName, "FrameHeight"]);
  for (const child of children) {
    if (child.namespace !== namespace) invalid(rootName, `element ${child.name} is not in the ${rootName} namespace.`);
  }
  const content = textOnly(requiredChild(children, contentName, rootName), rootName);
  if (content.trim() === "") invalid(rootName, `${contentName} is empty.`);
  const frameHeight = integerOf(textOnly(requiredChild(children, "FrameHeight", rootName), rootName), "FrameHeight", rootName, 0);
  return { content, frameHeight };
}

/** Like textOf, with a hint for the usual mistake: HTML pasted without a CDATA section around it. */
function textOnly(element: XmlElement, where: string): string {
  let text = "";
  for (const child of element.children) {
    if (child.type === "element") {
      invalid(where, `${element.name} must contain only text, found element <${child.name}>; wrap HTML in <![CDATA[ … ]]>.`);
    }
    text += child.value;
  }
  return text;
}
