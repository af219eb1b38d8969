// The email transport. With PIECEWORK_SMTP_URL (smtp://user:pass@host:port, smtps://... for TLS) messages go
// to that server; without it, for local use, each message is written as an .eml file under the data
// directory (mailDir()), so nothing is lost and nothing needs a mail server.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import type { EventDoc } from "../message";
import { snippet, type SendResult } from "./result";

export function mailDir(): string {
  return process.env.PIECEWORK_MAIL_DIR ?? join(process.env.PIECEWORK_DATA_DIR ?? join(process.cwd(), "data"), "mail");
}

export const smtpConfigured = () => Boolean(process.env.PIECEWORK_SMTP_URL);
const from = () => process.env.PIECEWORK_MAIL_FROM ?? "Piecework <notifications@piecework.local>";

let cached: { url: string; transporter: Transporter } | undefined;
function smtp(url: string): Transporter {
  if (cached?.url !== url) cached = { url, transporter: nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 15_000 }) };
  return cached.transporter;
}

function message(to: string, doc: EventDoc): Mail {
  const e = doc.Events[0];
  const what = e.AssignmentId ? `assignment ${e.AssignmentId} of HIT ${e.HITId}` : `HIT ${e.HITId}`;
  return {
    to,
    subject: `Piecework: ${e.EventType} (${what})`,
    headers: { "X-Piecework-Event-Id": doc.EventDocId },
    text: `${e.EventType} at ${e.EventTimestamp} for ${what}, HIT type ${e.HITTypeId}.\n\nThe event document (event id ${doc.EventDocId}):\n\n${JSON.stringify(doc, null, 2)}\n`,
  };
}

export async function sendEmail(to: string, doc: EventDoc): Promise<SendResult> {
  return sendMail(message(to, doc), doc.EventDocId);
}

export type Mail = { to: string; subject: string; text: string; headers?: Record<string, string> };

/** Sends one mail from Piecework's address (or writes it as `<fileStem>-<ms>.eml` without an SMTP server). */
export async function sendMail(m: Mail, fileStem: string): Promise<SendResult> {
  const started = Date.now();
  const mail = { from: from(), ...m };
  try {
    const url = process.env.PIECEWORK_SMTP_URL;
    if (url) {
      const info = await smtp(url).sendMail(mail);
      const code = Number(/^(\d{3})/.exec(info.response ?? "")?.[1]);
      return { ok: true, statusCode: Number.isNaN(code) ? undefined : code, response: snippet(info.response ?? "accepted"), durationMs: Date.now() - started };
    }
    const info = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" }).sendMail(mail);
    mkdirSync(mailDir(), { recursive: true });
    const file = join(mailDir(), `${fileStem}-${Date.now()}.eml`);
    writeFileSync(file, info.message as Buffer);
    return { ok: true, response: `written to ${file}`, durationMs: Date.now() - started };
  } catch (e) {
    const err = e as { responseCode?: number; response?: string; message?: string };
    return { ok: false, statusCode: err.responseCode, response: snippet(err.response ?? err.message ?? String(e)), durationMs: Date.now() - started };
  }
}
