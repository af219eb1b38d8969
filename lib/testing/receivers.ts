// Real receivers for notification tests: an HTTP server on a local port that records every POST and
// answers as the test says, and an SMTP server (smtp-server) that records every message.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedPost {
  headers: IncomingHttpHeaders;
  body: string;
  json: { EventDocId: string; Events: { EventType: string; HITTypeId: string; HITId: string; AssignmentId?: string; EventTimestamp: string }[] } & Record<string, unknown>;
}

/** Answers with a status (and body); or takes over the response to hold it (answer later, or never). */
export type Answer = (req: ReceivedPost, nth: number) => number | { status: number; body?: string } | ((res: ServerResponse) => void);

export async function startHttpReceiver(answer: Answer = () => 200) {
  const posts: ReceivedPost[] = [];
  let respond = answer;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const post: ReceivedPost = { headers: req.headers, body, json: JSON.parse(body) };
      posts.push(post);
      const a = respond(post, posts.length);
      if (typeof a === "function") return a(res);
      const { status, body: text } = typeof a === "number" ? { status: a, body: a < 300 ? "ok" : "nope" } : a;
      res.writeHead(status, { "content-type": "text/plain" }).end(text ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/events`,
    posts,
    answerWith: (a: Answer) => void (respond = a),
    eventIds: () => posts.map((p) => p.json.EventDocId),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

export async function startSmtpReceiver(options: { refuse?: string } = {}) {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuse && address.address === options.refuse) return callback(Object.assign(new Error("No such mailbox here"), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        mails.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The event document inside a notification email (quoted-printable soft breaks undone). */
export function eventDocOfMail(raw: string): ReceivedPost["json"] {
  const text = raw.replace(/\r\n/g, "\n").replace(/=\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const start = text.indexOf("{\n");
  return JSON.parse(text.slice(start, text.lastIndexOf("}") + 1));
}
