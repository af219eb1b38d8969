// Reads the informational content of Overview, QuestionContent and Selection elements.
import type { BinaryContent, ContentItem, FormattedContent, SelectionContent } from "./question-form.types";
import { childElements, invalid, nonEmptyTextOf, optionalChild, requiredChild, textOf } from "./question-form-reader";
import type { XmlElement } from "./xml-tree";

const CONTENT_ELEMENTS = ["Title", "Text", "List", "Binary", "FormattedContent", "Application", "EmbeddedBinary"] as const;

export function parseContentItems(parent: XmlElement, where: string): ContentItem[] {
  return childElements(parent, where, CONTENT_ELEMENTS).map((element, index): ContentItem => {
    const at = `${where}, ${element.name} ${index + 1}`;
    switch (element.name) {
      case "Title":
        return { kind: "title", text: textOf(element, at).trim() };
      case "Text":
        return { kind: "text", text: textOf(element, at).trim() };
      case "List": {
        const items = childElements(element, at, ["ListItem"]).map((item) => textOf(item, at).trim());
        if (items.length === 0) invalid(at, "List has no ListItem.");
        return { kind: "list", items };
      }
      case "Binary":
        return parseBinary(element, at);
      case "FormattedContent":
        return parseFormattedContent(element, at);
      default:
        // Java applets and Flash (Application) and EmbeddedBinary (object/embed plug-ins) cannot run in
        // a modern browser; saying so beats rendering a hole in the form.
        return invalid(
          at,
          `${element.name} (Java applets, Flash and embedded plug-ins) is not supported; use Binary for images, audio or video, or FormattedContent.`,
        );
    }
  });
}

/** A Selection shows exactly one of Text, FormattedContent or Binary. */
export function parseSelectionContent(children: XmlElement[], where: string): SelectionContent {
  const shown = children.filter((child) => ["Text", "FormattedContent", "Binary"].includes(child.name));
  if (shown.length !== 1) {
    invalid(where, `a Selection needs exactly one of Text, FormattedContent or Binary, found ${shown.length}.`);
  }
  const element = shown[0];
  if (element.name === "Text") return { kind: "text", text: nonEmptyTextOf(element, where) };
  if (element.name === "FormattedContent") return parseFormattedContent(element, where);
  return parseBinary(element, where);
}

function parseFormattedContent(element: XmlElement, where: string): FormattedContent {
  const hasElements = element.children.some((child) => child.type === "element");
  if (hasElements) invalid(where, "FormattedContent must hold its XHTML inside a CDATA section (<![CDATA[ ... ]]>).");
  const xhtml = textOf(element, where).trim();
  if (xhtml === "") invalid(where, "FormattedContent is empty.");
  return { kind: "formattedContent", xhtml };
}

function parseBinary(element: XmlElement, where: string): BinaryContent {
  const children = childElements(element, where, ["MimeType", "DataURL", "AltText"]);
  const mimeElement = requiredChild(children, "MimeType", where);
  const mimeChildren = childElements(mimeElement, where, ["Type", "SubType"]);
  const type = nonEmptyTextOf(requiredChild(mimeChildren, "Type", where), where).toLowerCase();
  const subTypeElement = optionalChild(mimeChildren, "SubType", where);
  const subType = subTypeElement ? textOf(subTypeElement, where).trim().toLowerCase() || undefined : undefined;
  if (!/^[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(type) || (subType && !/^[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(subType))) {
    invalid(where, `MimeType "${type}${subType ? `/${subType}` : ""}" is not a valid media type.`);
  }

  const dataUrl = nonEmptyTextOf(requiredChild(children, "DataURL", where), where);
  if (!isSafeBinaryUrl(dataUrl, type)) {
    invalid(where, "DataURL must be an http or https URL (or a data:image URL for an image).");
  }
  const altText = textOf(requiredChild(children, "AltText", where), where).trim();
  return { kind: "binary", mimeType: subType ? { type, subType } : { type }, dataUrl, altText };
}

// The URL ends up in src/href attributes of the worker's page: javascript: and friends must never get there.
function isSafeBinaryUrl(url: string, mimeType: string): boolean {
  if (mimeType === "image" && /^data:image\/[a-z0-9.+-]+[;,]/i.test(url)) return true;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:";
  } catch {
    return false;
  }
}
