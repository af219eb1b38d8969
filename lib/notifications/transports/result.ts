// What one attempt to deliver a message came to, for the outbox and the delivery log.
export interface SendResult {
  ok: boolean;
  statusCode?: number;
  /** The first characters of the receiver's answer, or what went wrong. */
  response: string;
  durationMs: number;
}

export const SNIPPET = 500;
export const snippet = (text: string) => (text.length > SNIPPET ? `${text.slice(0, SNIPPET)}…` : text);
