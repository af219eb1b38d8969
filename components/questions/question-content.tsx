// Renders QuestionForm content (Title, Text, List, Binary, FormattedContent) and the pieces every
// question shares: its prompt, the required marker, hints and error text.
import type { ReactNode } from "react";
import { sanitizeFormattedContent } from "@/lib/questions/formatted-content";
import type { BinaryContent, ContentItem, Question } from "@/lib/questions/question-form.types";
import { questionLabel } from "@/lib/questions/question-labels";

// Requester markup arrives without classes; these give it readable defaults inside our pages.
const FORMATTED =
  "space-y-2 break-words [&_a]:underline [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6 " +
  "[&_h1]:text-xl [&_h1]:font-semibold [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold " +
  "[&_table]:border-collapse [&_td]:border [&_td]:border-border [&_td]:px-2 [&_td]:py-1 " +
  "[&_th]:border [&_th]:border-border [&_th]:px-2 [&_th]:py-1 [&_th]:text-left [&_blockquote]:border-l-4 " +
  "[&_blockquote]:border-border [&_blockquote]:pl-3 [&_pre]:overflow-x-auto [&_pre]:bg-surface-muted [&_pre]:p-2 " +
  "[&_img]:h-auto [&_img]:max-w-full";

export function FormattedHtml({ xhtml, inline = false }: { xhtml: string; inline?: boolean }) {
  // The only place requester markup reaches the page, and only after the allowlist sanitizer.
  const html = { __html: sanitizeFormattedContent(xhtml) };
  return inline ? <span className={FORMATTED} dangerouslySetInnerHTML={html} /> : <div className={FORMATTED} dangerouslySetInnerHTML={html} />;
}

export function BinaryView({ binary }: { binary: BinaryContent }) {
  const { type } = binary.mimeType;
  // A plain <img>: requester images come from arbitrary hosts, which next/image would have to allowlist.
  if (type === "image") return <img src={binary.dataUrl} alt={binary.altText} className="h-auto max-w-full rounded" loading="lazy" />;
  if (type === "audio") {
    return (
      <audio controls src={binary.dataUrl} aria-label={binary.altText || undefined} className="w-full">
        <a href={binary.dataUrl} target="_blank" rel="noopener noreferrer">{binary.altText || "Open the audio"}</a>
      </audio>
    );
  }
  if (type === "video") {
    return (
      <video controls src={binary.dataUrl} aria-label={binary.altText || undefined} className="h-auto max-w-full">
        <a href={binary.dataUrl} target="_blank" rel="noopener noreferrer">{binary.altText || "Open the video"}</a>
      </video>
    );
  }
  return (
    <a href={binary.dataUrl} target="_blank" rel="noopener noreferrer" className="underline">
      {binary.altText || "Open the file"}
    </a>
  );
}

export function ContentItems({ items, titleLevel = 3 }: { items: ContentItem[]; titleLevel?: 2 | 3 }) {
  const Title = titleLevel === 2 ? "h2" : "h3";
  return (
    <>
      {items.map((item, index) => {
        switch (item.kind) {
          case "title":
            return item.text ? <Title key={index} className="text-lg font-semibold">{item.text}</Title> : null;
          case "text":
            return item.text ? <p key={index} className="whitespace-pre-line">{item.text}</p> : null;
          case "list":
            return (
              <ul key={index} className="list-disc space-y-1 pl-6">
                {item.items.map((text, itemIndex) => <li key={itemIndex}>{text}</li>)}
              </ul>
            );
          case "binary":
            return <BinaryView key={index} binary={item} />;
          case "formattedContent":
            return <FormattedHtml key={index} xhtml={item.xhtml} />;
        }
      })}
    </>
  );
}

/**
 * A question's content split for labelling: the leading titles and texts become the label (or legend),
 * everything from the first list, image or formatted block on follows it, in document order, and is
 * tied to the control with aria-describedby.
 */
export function splitPrompt(question: Question): { labelItems: ContentItem[]; restItems: ContentItem[] } {
  const firstRich = question.content.findIndex((item) => item.kind !== "title" && item.kind !== "text");
  const cut = firstRich === -1 ? question.content.length : firstRich;
  const labelItems = question.content.slice(0, cut).filter((item) => item.kind === "title" || item.kind === "text");
  return { labelItems: labelItems.filter((item) => "text" in item && item.text !== ""), restItems: question.content.slice(cut) };
}

/** The words of a label or legend: the leading texts, or (when the question opens with rich content) a short name. */
export function PromptText({ question, labelItems }: { question: Question; labelItems: ContentItem[] }) {
  if (labelItems.length === 0) {
    // Rich content follows visibly; the control still needs a name of its own.
    return question.displayName ? <span className="block font-medium">{question.displayName}</span> : <span className="sr-only">{questionLabel(question)}</span>;
  }
  return (
    <>
      {labelItems.map((item, index) =>
        item.kind === "title" || item.kind === "text" ? (
          // The last line stays inline so the required mark follows it rather than wrapping below.
          <span key={index} className={`${index === labelItems.length - 1 ? "inline" : "block"} ${item.kind === "title" ? "text-lg font-semibold" : "whitespace-pre-line font-medium"}`}>
            {item.text}
          </span>
        ) : null,
      )}
    </>
  );
}

export function RequiredMark({ required }: { required: boolean }) {
  if (!required) return null;
  return (
    <>
      <span aria-hidden="true" className="text-danger"> *</span>
      <span className="sr-only"> (required)</span>
    </>
  );
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return <p id={id} className="text-sm text-muted">{children}</p>;
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return <p id={id} className="text-sm font-medium text-danger">{message}</p>;
}

export const CONTROL =
  "block w-full rounded-md border border-border bg-surface px-3 py-2 text-base focus:outline-none " +
  "focus-visible:ring-2 focus-visible:ring-primary disabled:cursor-not-allowed disabled:bg-surface-muted " +
  "aria-[invalid=true]:border-danger";

/** A question's label (its leading text and the required mark) and the rich content that follows it. */
export function LabelledPrompt({ question, ids, labelItems, restItems }: { question: Question; ids: { label: string; input: string; content: string }; labelItems: ContentItem[]; restItems: ContentItem[] }) {
  return (
    <>
      <label id={ids.label} htmlFor={ids.input} className="block">
        <PromptText question={question} labelItems={labelItems} />
        <RequiredMark required={question.isRequired} />
      </label>
      {restItems.length > 0 && (
        <div id={ids.content} className="space-y-2">
          <ContentItems items={restItems} />
        </div>
      )}
    </>
  );
}
