// MTurk's ExternalQuestion: a page on the requester's own site, shown in a frame with assignmentId,
// hitId, workerId and turkSubmitTo appended (lib/questions/frame-src.ts).
import { DomainError } from "@/lib/errors";
import { invalid, clip } from "./question-form-reader";
import { readFrameQuestion } from "./frame-question-reader";

export const EXTERNAL_QUESTION_NAMESPACE =
  "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd";

export interface ExternalQuestion {
  url: string;
  /** As written; 0 means "let the page size itself" (see displayFrameHeight). */
  frameHeight: number;
}

// Plain http would let anyone on the worker's network read and change the task (and see the assignment
// id, which is the capability to submit); it is allowed only for a server on the requester's own machine.
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function parseExternalQuestion(xml: string): ExternalQuestion {
  let read;
  try {
    read = readFrameQuestion(xml, { root: "ExternalQuestion", namespace: EXTERNAL_QUESTION_NAMESPACE, content: "ExternalURL" });
  } catch (error) {
    // The usual mistake: a URL's query copied in as is. The XML parser's own words do not say how to fix it.
    if (error instanceof DomainError && /'&'|"&"/.test(error.message)) {
      throw new DomainError("InvalidInput", `${error.message} In ExternalURL, write each & of the query string as &amp;.`);
    }
    throw error;
  }
  return { url: checkExternalUrl(read.content.trim()), frameHeight: read.frameHeight };
}

function checkExternalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    invalid("ExternalQuestion", `ExternalURL "${clip(raw, 120)}" is not an absolute URL; write it as https://….`);
  }
  const loopbackHttp = url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !loopbackHttp) {
    invalid("ExternalQuestion", `ExternalURL must use https (http only for localhost), got "${clip(raw, 120)}".`);
  }
  if (url.username || url.password) invalid("ExternalQuestion", "ExternalURL must not contain a user name or password.");
  return url.toString();
}
