// The counts behind the requester's qualification pages, and that another requester sees none of them.
import { beforeEach, describe, expect, it } from "vitest";
import { setClockOffset } from "@/lib/clock";
import { makeRequester, makeWorker, simpleQuestionForm } from "@/lib/testing/factories";
import { createQualificationType, disposeQualificationType, updateQualificationType } from "./types";
import { acceptRequest, requestQualification, startTest } from "./requests";
import { grantQualification, revokeQualification } from "./grants";
import { pendingRequestCount, qualificationTypeWithCounts } from "./queries";

beforeEach(() => setClockOffset(0));

const base = { description: "Counts", keywords: "" };

describe("pendingRequestCount", () => {
  it("counts Pending requests of the owner's live types only: not tests in progress, decided requests, deleted types or other owners", async () => {
    const owner = await makeRequester();
    const other = await makeRequester();
    const [w1, w2, w3, w4] = [await makeWorker(), await makeWorker(), await makeWorker(), await makeWorker()];
    const a = await createQualificationType(owner.id, { ...base, name: "A" });
    const b = await createQualificationType(owner.id, { ...base, name: "B" });
    const tested = await createQualificationType(owner.id, { ...base, name: "Tested", test: simpleQuestionForm, testDurationSeconds: 600 });
    const gone = await createQualificationType(owner.id, { ...base, name: "Gone" });
    const theirs = await createQualificationType(other.id, { ...base, name: "Theirs" });
    expect(await pendingRequestCount(owner.id)).toBe(0);

    await requestQualification(w1.id, a.id);
    await requestQualification(w2.id, a.id);
    const decided = await requestQualification(w3.id, b.id);
    await requestQualification(w1.id, b.id);
    await startTest(w4.id, tested.id); // TestStarted: nothing to decide yet
    await requestQualification(w1.id, gone.id);
    await requestQualification(w1.id, theirs.id);
    expect(await pendingRequestCount(owner.id)).toBe(5);

    await acceptRequest(owner.id, decided.request.id);
    await disposeQualificationType(owner.id, gone.id);
    expect(await pendingRequestCount(owner.id)).toBe(3);
    expect(await pendingRequestCount(other.id)).toBe(1);
  });
});

describe("qualificationTypeWithCounts", () => {
  it("counts holders, revoked and pending requests of one type, and refuses anyone but the owner", async () => {
    const owner = await makeRequester();
    const [w1, w2, w3, w4] = [await makeWorker(), await makeWorker(), await makeWorker(), await makeWorker()];
    const type = await createQualificationType(owner.id, { ...base, name: "Counted" });
    const elsewhere = await createQualificationType(owner.id, { ...base, name: "Elsewhere" });
    await grantQualification(owner.id, { qualificationTypeId: type.id, workerId: w1.id });
    await grantQualification(owner.id, { qualificationTypeId: type.id, workerId: w2.id, integerValue: 80 });
    await grantQualification(owner.id, { qualificationTypeId: elsewhere.id, workerId: w3.id });
    await revokeQualification(owner.id, type.id, w2.id, "Quality dropped");
    await requestQualification(w3.id, type.id);
    await requestQualification(w4.id, type.id);
    await requestQualification(w4.id, elsewhere.id);

    expect(await qualificationTypeWithCounts(owner.id, type.id)).toMatchObject({ id: type.id, name: "Counted", grantedCount: 1, revokedCount: 1, pendingRequestCount: 2 });
    await expect(qualificationTypeWithCounts((await makeRequester()).id, type.id)).rejects.toMatchObject({ code: "NotFound" });
    await disposeQualificationType(owner.id, type.id);
    await expect(qualificationTypeWithCounts(owner.id, type.id)).rejects.toMatchObject({ code: "NotFound" });
  });
});

describe("requestable or not", () => {
  it("a type created not requestable cannot be requested until the owner makes it requestable", async () => {
    const owner = await makeRequester();
    const w = await makeWorker();
    const type = await createQualificationType(owner.id, { ...base, name: "Invite only", isRequestable: false });
    expect(type.isRequestable).toBe(false);
    await expect(requestQualification(w.id, type.id)).rejects.toMatchObject({ code: "NotFound" });
    expect(await updateQualificationType(owner.id, type.id, { isRequestable: true })).toMatchObject({ isRequestable: true });
    await expect(requestQualification(w.id, type.id)).resolves.toMatchObject({ request: { status: "Pending" } });
  });
});
