// The in-app notification core: coalescing while unread, the unread count, paging, and marking read,
// which only the owner may do.
import { beforeEach, describe, expect, it } from "vitest";
import { db, transaction } from "@/lib/db/client";
import { advanceClock, setClockOffset } from "@/lib/clock";
import { makeRequester, makeWorker } from "@/lib/testing/factories";
import { notify, notifyCoalesced } from "./notify";
import { NOTIFICATIONS_PAGE_SIZE, notificationsPage, unreadNotificationCount } from "./queries";
import { markAllNotificationsRead, openNotification } from "./mutations";

beforeEach(() => setClockOffset(0));

const line = (userId: string, key = "k") =>
  transaction((tx) => notifyCoalesced(tx, { userId, kind: "test.kind", key, href: "/work/dashboard", text: (n) => `${n} thing${n === 1 ? "" : "s"}` }));

describe("in-app notifications", () => {
  it("coalesces events of one key while unread, starts a new line once read, and keeps users apart", async () => {
    const [w, other] = [await makeWorker(), await makeWorker()];
    await line(w.id);
    await line(w.id);
    await line(w.id, "another");
    advanceClock(1000);
    await Promise.all([line(w.id), line(w.id)]); // racing writers still join the one open line
    await line(other.id);
    expect((await notificationsPage(w.id, 1)).items.map((n) => [n.text, n.count])).toEqual([["4 things", 4], ["1 thing", 1]]);
    expect(await unreadNotificationCount(w.id)).toBe(2);
    expect(await unreadNotificationCount(other.id)).toBe(1);

    const open = (await notificationsPage(w.id, 1)).items[0];
    expect(await openNotification(w.id, open.id)).toEqual({ href: "/work/dashboard" });
    expect(await unreadNotificationCount(w.id)).toBe(1);
    advanceClock(1000);
    await line(w.id);
    const after = (await notificationsPage(w.id, 1)).items;
    expect(after.map((n) => [n.text, n.readAt === null])).toEqual([["1 thing", true], ["4 things", false], ["1 thing", true]]);
  });

  it("refuses to open another user's notification, changing nothing", async () => {
    const [w, r] = [await makeWorker(), await makeRequester()];
    await line(w.id);
    const mine = (await notificationsPage(w.id, 1)).items[0];
    await expect(openNotification(r.id, mine.id)).rejects.toMatchObject({ code: "NotFound" });
    await expect(openNotification(r.id, "NOPE")).rejects.toMatchObject({ code: "NotFound" });
    expect(await markAllNotificationsRead(r.id)).toBe(0);
    expect(await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ readAt: null });
    expect(await unreadNotificationCount(w.id)).toBe(1);
  });

  it("pages newest first and marks all read", async () => {
    const w = await makeWorker();
    for (let i = 0; i < NOTIFICATIONS_PAGE_SIZE + 2; i++) {
      await transaction((tx) => notify(tx, { userId: w.id, kind: "test.single", href: null, text: `n${i}` }));
      advanceClock(1000);
    }
    const first = await notificationsPage(w.id, 1);
    expect(first).toMatchObject({ total: NOTIFICATIONS_PAGE_SIZE + 2, pages: 2, page: 1 });
    expect(first.items[0].text).toBe(`n${NOTIFICATIONS_PAGE_SIZE + 1}`);
    expect((await notificationsPage(w.id, 2)).items.map((n) => n.text)).toEqual(["n1", "n0"]);
    expect((await notificationsPage(w.id, -3)).page).toBe(1);
    expect(await markAllNotificationsRead(w.id)).toBe(NOTIFICATIONS_PAGE_SIZE + 2);
    expect(await unreadNotificationCount(w.id)).toBe(0);
  });
});
