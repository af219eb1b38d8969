// Email copies of messages: only for users who opted in, sent by the sweep through SMTP (not in the
// request), retried when the mail server is down, and never twice.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, transaction } from "@/lib/db/client";
import { advanceClock, setClockOffset } from "@/lib/clock";
import { acceptHit } from "@/lib/assignments/mutations";
import { tellUser } from "@/lib/admin/tell";
import { makeHit, makeRequester, makeWorker } from "@/lib/testing/factories";
import { startSmtpReceiver } from "@/lib/testing/receivers";
import { messageWorkers } from "./messages";
import { deliverMessageEmails, emailMessageCopiesOf, setEmailMessageCopies } from "./message-email";

const smtp = await startSmtpReceiver();
beforeAll(() => void (process.env.PIECEWORK_SMTP_URL = smtp.url));
afterAll(async () => {
  delete process.env.PIECEWORK_SMTP_URL;
  await smtp.close();
});
beforeEach(() => setClockOffset(0));

const unfold = (raw: string) => raw.replace(/\r\n/g, "\n").replace(/=\n/g, "").replace(/\n\s+/g, " ");

describe("email copies of messages", () => {
  it("mails a copy only to recipients who opted in, from the sweep, once", async () => {
    const r = await makeRequester(10_00, "Acme Labs");
    const hit = await makeHit(r.id, { maxAssignments: 2 });
    const [wants, not] = [await makeWorker(), await makeWorker()];
    for (const w of [wants, not]) await acceptHit(w.id, hit.id);
    expect(await emailMessageCopiesOf(wants.id)).toBe(false); // off by default
    await setEmailMessageCopies(wants.id, true);

    await messageWorkers(r.id, [wants.id, not.id], "Batch tomorrow", "We post 500 more at 9am UTC.");
    expect(smtp.mails).toHaveLength(0); // nothing is mailed inside the request
    expect((await db.message.findMany({ where: { senderId: r.id }, orderBy: { recipientId: "asc" } })).map((m) => [m.recipientId, m.emailStatus]).sort())
      .toEqual([[wants.id, "Pending"], [not.id, null]].sort());

    expect(await Promise.all([deliverMessageEmails(), deliverMessageEmails()]).then((rs) => rs.reduce((n, x) => n + x.sent, 0))).toBe(1);
    expect(await deliverMessageEmails()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.mails).toHaveLength(1);
    const wantsEmail = (await db.user.findUniqueOrThrow({ where: { id: wants.id } })).email;
    expect(smtp.mails[0].to).toEqual([wantsEmail]);
    const text = unfold(smtp.mails[0].raw);
    expect(text).toMatch(/Subject: Piecework message from Acme Labs: Batch tomorrow/);
    expect(text).toContain("We post 500 more at 9am UTC.");
    expect(await db.message.findFirstOrThrow({ where: { recipientId: wants.id } })).toMatchObject({ emailStatus: "Sent", emailAttempts: 1 });
  });

  it("retries when the mail server is down, and mails a message from Piecework too", async () => {
    const w = await makeWorker();
    await setEmailMessageCopies(w.id, true);
    await transaction((tx) => tellUser(tx, w.id, { kind: "test.decision", subject: "Your withdrawal", body: "It was approved.", line: "Withdrawal approved", href: "/work/dashboard" }));
    const before = smtp.mails.length;
    process.env.PIECEWORK_SMTP_URL = "smtp://127.0.0.1:1";
    try {
      expect(await deliverMessageEmails()).toEqual({ sent: 0, failed: 1 });
    } finally {
      process.env.PIECEWORK_SMTP_URL = smtp.url;
    }
    const m = await db.message.findFirstOrThrow({ where: { recipientId: w.id } });
    expect(m).toMatchObject({ emailStatus: "Pending", emailAttempts: 1, emailError: expect.any(String) });
    expect(await deliverMessageEmails()).toEqual({ sent: 0, failed: 0 }); // waits for its backoff
    advanceClock(31_000);
    expect(await deliverMessageEmails()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.mails.slice(before).map((x) => unfold(x.raw).match(/Subject: (.*)/)?.[1])).toEqual(["Piecework message from Piecework: Your withdrawal"]);
  });
});
