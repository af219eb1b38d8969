// MTurk's HTMLQuestion: the requester's whole HTML document, which we serve in a sandboxed frame
// (app/mturk/frame). Only the envelope is checked here; the HTML itself is the requester's business and
// is made harmless by the sandbox and the frame's CSP, not by sanitizing.
import { readFrameQuestion } from "./frame-question-reader";

export const HTML_QUESTION_NAMESPACE =
  "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd";

export interface HtmlQuestion {
  html: string;
  /** As written; 0 means "let the page size itself" (see displayFrameHeight). */
  frameHeight: number;
}

export function parseHtmlQuestion(xml: string): HtmlQuestion {
  const { content, frameHeight } = readFrameQuestion(xml, {
    root: "HTMLQuestion",
    namespace: HTML_QUESTION_NAMESPACE,
    content: "HTMLContent",
  });
  return { html: content.trim(), frameHeight };
}
