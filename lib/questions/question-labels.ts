// Plain-text names for questions and choices, for places that cannot show rich content: <option>
// elements, the requester's results table, CSV exports.
import { formattedContentToText } from "./formatted-content";
import type { ContentItem, Question, Selection, SelectionContent } from "./question-form.types";

const MAX_LABEL_CHARS = 200;

export function contentToText(items: ContentItem[]): string {
  return items
    .map((item) => {
      switch (item.kind) {
        case "title":
        case "text":
          return item.text;
        case "list":
          return item.items.join("; ");
        case "binary":
          return item.altText;
        case "formattedContent":
          return formattedContentToText(item.xhtml);
      }
    })
    .filter((text) => text.trim() !== "")
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

/** DisplayName when the requester gave one, else the question's own words, else its identifier. */
export function questionLabel(question: Question): string {
  if (question.displayName) return question.displayName;
  const text = contentToText(question.content);
  if (text === "") return question.identifier;
  return text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1)}…` : text;
}

export function selectionContentText(content: SelectionContent): string {
  if (content.kind === "text") return content.text;
  if (content.kind === "binary") return content.altText;
  return formattedContentToText(content.xhtml);
}

/** The text a worker saw for a choice; the identifier when the choice has no words (an image without alt text). */
export function selectionLabel(selection: Selection): string {
  return selectionContentText(selection.content) || selection.identifier;
}
