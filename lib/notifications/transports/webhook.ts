// The HTTP webhook transport: POSTs the event document as JSON, signed (signature.ts). Any 2xx answer is
// a delivery; anything else, or no answer within the timeout, is retried by the outbox.
import { now } from "@/lib/clock";
import { SIGNATURE_HEADER, signatureHeader } from "../signature";
import type { EventDoc } from "../message";
import { snippet, type SendResult } from "./result";

const TIMEOUT_MS = Number(process.env.PIECEWORK_WEBHOOK_TIMEOUT_MS ?? 10_000);

export async function postWebhook(url: string, doc: EventDoc, secret: string): Promise<SendResult> {
  const body = JSON.stringify(doc);
  const started = Date.now();
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Piecework-Notifications/1",
        "x-piecework-event-id": doc.EventDocId,
        [SIGNATURE_HEADER]: signatureHeader(secret, Math.floor(now().getTime() / 1000), body),
      },
      body,
      redirect: "manual", // a redirect is the receiver's misconfiguration, not a delivery
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await res.text().catch(() => "");
    return { ok: res.status >= 200 && res.status < 300, statusCode: res.status, response: snippet(text), durationMs: Date.now() - started };
  } catch (e) {
    const reason = e instanceof Error && e.name === "TimeoutError" ? `no answer within ${TIMEOUT_MS / 1000} s` : describe(e);
    return { ok: false, response: snippet(reason), durationMs: Date.now() - started };
  }
}

function describe(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code) return `${cause.code}: ${cause.message ?? "connection failed"}`;
  return e instanceof Error ? e.message : String(e);
}
