// Qualification types: MTurk's create, update and delete rules, each refusal with its reason, and search.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setClockOffset } from "@/lib/clock";
import { fixture } from "@/lib/testing/fixtures";
import { makeRequester, makeWorker, simpleQuestionForm } from "@/lib/testing/factories";
import {
  createQualificationType,
  disposeQualificationType,
  DISPOSED_REQUEST_REASON,
  getQualificationType,
  qualificationTypesOfOwner,
  searchQualificationTypes,
  updateQualificationType,
  visibleQualificationType,
} from "./types";
import { requestQualification, startTest } from "./requests";
import { grantQualification } from "./grants";
import { ensureSystemQualificationTypes, SYSTEM_QUALIFICATION_IDS } from "./system";

beforeEach(() => setClockOffset(0));

const test = fixture("qualifications/english-test.xml");
const answerKey = fixture("qualifications/english-answerkey.xml");
const base = { name: "English grammar", description: "A short grammar test", keywords: "english, grammar" };

describe("createQualificationType", () => {
  it("creates a type with a test and answer key, requestable and Active", async () => {
    const r = await makeRequester();
    const type = await createQualificationType(r.id, { ...base, test, answerKey, testDurationSeconds: 600, retryDelaySeconds: 3600 });
    expect(type).toMatchObject({ ownerId: r.id, name: "English grammar", status: "Active", isRequestable: true, testDurationSeconds: 600, retryDelaySeconds: 3600, autoGranted: false, autoGrantedValue: null });
    expect(type.id).toMatch(/^[A-Z0-9]{30}$/);
    expect(type.test).toBe(test);
    expect(type.answerKey).toBe(answerKey);
  });

  it("refuses a second type with the same name from the same requester, not from another", async () => {
    const r = await makeRequester();
    await createQualificationType(r.id, base);
    await expect(createQualificationType(r.id, { ...base, description: "other" })).rejects.toMatchObject({
      code: "Duplicate",
      message: 'You already have a qualification type named "English grammar". Choose another name.',
    });
    const other = await makeRequester();
    await expect(createQualificationType(other.id, base)).resolves.toMatchObject({ ownerId: other.id });
    expect(await db.qualificationType.count({ where: { name: base.name, ownerId: { in: [r.id, other.id] } } })).toBe(2);
  });

  it("frees a deleted type's name for a new type", async () => {
    const r = await makeRequester();
    const first = await createQualificationType(r.id, { ...base, name: "Reusable name" });
    await disposeQualificationType(r.id, first.id);
    const second = await createQualificationType(r.id, { ...base, name: "Reusable name" });
    expect(second.id).not.toBe(first.id);
    await expect(createQualificationType(r.id, { ...base, name: "Reusable name" })).rejects.toMatchObject({ code: "Duplicate" });
  });

  it("two creates of one name racing: one wins, the other is a Duplicate", async () => {
    const r = await makeRequester();
    const results = await Promise.allSettled([createQualificationType(r.id, base), createQualificationType(r.id, base)]);
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    expect((results.find((x) => x.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "Duplicate" });
  });

  it("defaults AutoGrantedValue to 1 and ignores it when the type is not auto-granted", async () => {
    const r = await makeRequester();
    expect(await createQualificationType(r.id, { ...base, autoGranted: true })).toMatchObject({ autoGranted: true, autoGrantedValue: 1 });
    expect(await createQualificationType(r.id, { ...base, name: "b", autoGranted: true, autoGrantedValue: 7 })).toMatchObject({ autoGrantedValue: 7 });
    expect(await createQualificationType(r.id, { ...base, name: "c", autoGrantedValue: 7 })).toMatchObject({ autoGranted: false, autoGrantedValue: null });
  });

  it("refuses what MTurk refuses, naming the field", async () => {
    const r = await makeRequester();
    await expect(createQualificationType(r.id, { ...base, test })).rejects.toMatchObject({ code: "InvalidInput", fieldErrors: { testDurationSeconds: "Say how long workers have to complete the test." } });
    await expect(createQualificationType(r.id, { ...base, test, testDurationSeconds: 600, autoGranted: true })).rejects.toMatchObject({
      fieldErrors: { autoGranted: expect.stringContaining("cannot also be granted automatically") },
    });
    await expect(createQualificationType(r.id, { ...base, answerKey })).rejects.toMatchObject({ fieldErrors: { answerKey: expect.stringContaining("needs a test") } });
    await expect(createQualificationType(r.id, { ...base, testDurationSeconds: 600 })).rejects.toMatchObject({ fieldErrors: { testDurationSeconds: expect.stringContaining("applies only to a test") } });
    await expect(createQualificationType(r.id, { ...base, test: "<QuestionForm>", testDurationSeconds: 600 })).rejects.toMatchObject({
      fieldErrors: { test: expect.stringContaining("not well-formed XML") },
    });
    const badKey = answerKey.replace("<QuestionIdentifier>q4</QuestionIdentifier>", "<QuestionIdentifier>q9</QuestionIdentifier>");
    await expect(createQualificationType(r.id, { ...base, test, answerKey: badKey, testDurationSeconds: 600 })).rejects.toMatchObject({
      fieldErrors: { answerKey: expect.stringContaining('Question "q9": the test has no question with this QuestionIdentifier') },
    });
    const upload = simpleQuestionForm.replace("<FreeTextAnswer/>", "<FileUploadAnswer><MaxFileSizeInBytes>1000</MaxFileSizeInBytes><MinFileSizeInBytes>1</MinFileSizeInBytes></FileUploadAnswer>");
    await expect(createQualificationType(r.id, { ...base, test: upload, testDurationSeconds: 600 })).rejects.toMatchObject({ fieldErrors: { test: expect.stringContaining("file upload") } });
    const worker = await makeWorker();
    await expect(createQualificationType(worker.id, base)).rejects.toMatchObject({ code: "Forbidden" });
    expect(await db.qualificationType.count({ where: { ownerId: r.id } })).toBe(0);
  });
});

describe("updateQualificationType", () => {
  it("changes description and status; name and keywords cannot change", async () => {
    const r = await makeRequester();
    const type = await createQualificationType(r.id, base);
    const updated = await updateQualificationType(r.id, type.id, { description: "New text", status: "Inactive" });
    expect(updated).toMatchObject({ description: "New text", status: "Inactive", name: base.name, keywords: base.keywords });
    await expect(updateQualificationType(r.id, type.id, { name: "Renamed" } as never)).rejects.toMatchObject({ code: "InvalidInput", message: expect.stringContaining("name cannot be changed") });
    await expect(updateQualificationType(r.id, type.id, { keywords: "x" } as never)).rejects.toMatchObject({ message: expect.stringContaining("keywords cannot be changed") });
    expect((await db.qualificationType.findUniqueOrThrow({ where: { id: type.id } })).name).toBe(base.name);
  });

  it("retries can be enabled and their delay changed, never switched off", async () => {
    const r = await makeRequester();
    const once = await createQualificationType(r.id, base);
    await expect(updateQualificationType(r.id, once.id, { retryDelaySeconds: null })).resolves.toMatchObject({ retryDelaySeconds: null });
    expect(await updateQualificationType(r.id, once.id, { retryDelaySeconds: 60 })).toMatchObject({ retryDelaySeconds: 60 });
    expect(await updateQualificationType(r.id, once.id, { retryDelaySeconds: 0 })).toMatchObject({ retryDelaySeconds: 0 });
    await expect(updateQualificationType(r.id, once.id, { retryDelaySeconds: null })).rejects.toMatchObject({
      code: "InvalidInput",
      message: expect.stringContaining("Retries cannot be switched off once they are on"),
    });
    expect((await db.qualificationType.findUniqueOrThrow({ where: { id: once.id } })).retryDelaySeconds).toBe(0);
  });

  it("replaces a test with its duration (the key goes unless sent again), never removes it", async () => {
    const r = await makeRequester();
    const type = await createQualificationType(r.id, { ...base, test, answerKey, testDurationSeconds: 600 });
    await expect(updateQualificationType(r.id, type.id, { test: null })).rejects.toMatchObject({ message: expect.stringContaining("test cannot be removed") });
    await expect(updateQualificationType(r.id, type.id, { testDurationSeconds: 900 })).rejects.toMatchObject({ message: expect.stringContaining("send the test again") });
    await expect(updateQualificationType(r.id, type.id, { answerKey })).rejects.toMatchObject({ fieldErrors: { answerKey: expect.stringContaining("send the test again") } });
    await expect(updateQualificationType(r.id, type.id, { test })).rejects.toMatchObject({ fieldErrors: { testDurationSeconds: "Send the test duration together with the test." } });
    const noKey = await updateQualificationType(r.id, type.id, { test, testDurationSeconds: 900 });
    expect(noKey).toMatchObject({ testDurationSeconds: 900, answerKey: null });
    expect(noKey.test).toBe(test);
    expect(await updateQualificationType(r.id, type.id, { test, testDurationSeconds: 900, answerKey })).toMatchObject({ answerKey });
  });

  it("a type with a test cannot become auto-granted; one without can, and can get a test once it stops auto-granting", async () => {
    const r = await makeRequester();
    const tested = await createQualificationType(r.id, { ...base, test, testDurationSeconds: 600 });
    await expect(updateQualificationType(r.id, tested.id, { autoGranted: true })).rejects.toMatchObject({ fieldErrors: { autoGranted: expect.stringContaining("cannot be granted automatically") } });
    const plain = await createQualificationType(r.id, { ...base, name: "plain" });
    expect(await updateQualificationType(r.id, plain.id, { autoGranted: true })).toMatchObject({ autoGranted: true, autoGrantedValue: 1 });
    expect(await updateQualificationType(r.id, plain.id, { autoGrantedValue: 5 })).toMatchObject({ autoGrantedValue: 5 });
    await expect(updateQualificationType(r.id, plain.id, { test, testDurationSeconds: 600 })).rejects.toMatchObject({ fieldErrors: { autoGranted: expect.any(String) } });
    expect(await updateQualificationType(r.id, plain.id, { autoGranted: false, test, testDurationSeconds: 600 })).toMatchObject({ autoGranted: false, testDurationSeconds: 600 });
  });

  it("only the owner may update; another requester gets NotFound", async () => {
    const r = await makeRequester();
    const other = await makeRequester();
    const type = await createQualificationType(r.id, base);
    await expect(updateQualificationType(other.id, type.id, { description: "mine now" })).rejects.toMatchObject({ code: "NotFound" });
    expect((await db.qualificationType.findUniqueOrThrow({ where: { id: type.id } })).description).toBe(base.description);
  });
});

describe("disposeQualificationType", () => {
  it("hides the type, rejects pending requests and tests in progress with a reason, and keeps granted qualifications", async () => {
    const r = await makeRequester();
    const [w1, w2, w3] = [await makeWorker(), await makeWorker(), await makeWorker()];
    const manual = await createQualificationType(r.id, base);
    const tested = await createQualificationType(r.id, { ...base, name: "tested", test, testDurationSeconds: 600 });
    const pending = await requestQualification(w1.id, manual.id);
    const started = await startTest(w2.id, tested.id);
    await grantQualification(r.id, { qualificationTypeId: manual.id, workerId: w3.id, integerValue: 9 });

    await expect(disposeQualificationType((await makeRequester()).id, manual.id)).rejects.toMatchObject({ code: "NotFound" });
    expect((await disposeQualificationType(r.id, manual.id)).rejectedRequests).toBe(1);
    expect((await disposeQualificationType(r.id, tested.id)).rejectedRequests).toBe(1);
    for (const id of [pending.request.id, started.request.id]) {
      expect(await db.qualificationRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "Rejected", reason: DISPOSED_REQUEST_REASON });
    }
    expect(await db.qualification.findFirstOrThrow({ where: { workerId: w3.id } })).toMatchObject({ status: "Granted", integerValue: 9 });

    await expect(getQualificationType(manual.id)).rejects.toMatchObject({ code: "NotFound" });
    await expect(requestQualification((await makeWorker()).id, manual.id)).rejects.toMatchObject({ code: "NotFound" });
    await expect(updateQualificationType(r.id, manual.id, { description: "x" })).rejects.toMatchObject({ code: "NotFound" });
    await expect(disposeQualificationType(r.id, manual.id)).rejects.toMatchObject({ code: "NotFound" });
    expect((await searchQualificationTypes({ ownerId: r.id })).items).toEqual([]);
    expect(await qualificationTypesOfOwner(r.id)).toEqual([]);
  });
});

describe("finding qualification types", () => {
  it("workers search requestable Active types by name, description or keywords, case-insensitively; the answer key stays the owner's", async () => {
    await ensureSystemQualificationTypes();
    const r = await makeRequester();
    const english = await createQualificationType(r.id, { name: "Search English", description: "A Quokka grammar test", keywords: "english", test, answerKey, testDurationSeconds: 600 });
    const french = await createQualificationType(r.id, { name: "Search French", description: "Un test de FRANÇAIS", keywords: "wombat-langue" });
    await createQualificationType(r.id, { name: "Search Inactive", description: "quokka too", status: "Inactive" });
    await createQualificationType(r.id, { name: "100%_numbat", description: "has wildcards" });

    const quokka = await searchQualificationTypes({ query: "QUOKKA", mustBeRequestable: true });
    expect(quokka.items.map((t) => t.id)).toEqual([english.id]);
    expect(quokka.items[0].answerKey).toBeNull();
    expect(quokka.items[0].test).toBe(test);
    expect((await searchQualificationTypes({ query: "Wombat-Langue", mustBeRequestable: true })).items.map((t) => t.id)).toEqual([french.id]);
    // % and _ are literal characters in a search, not wildcards.
    expect((await searchQualificationTypes({ query: "%_numbat", mustBeRequestable: true })).items.map((t) => t.name)).toEqual(["100%_numbat"]);
    expect((await searchQualificationTypes({ query: "0%_", mustBeRequestable: true })).items.map((t) => t.name)).toEqual(["100%_numbat"]);
    expect((await searchQualificationTypes({ query: "0_%" })).items).toEqual([]);
    // Without MustBeRequestable the inactive type and the system types are found too.
    expect((await searchQualificationTypes({ query: "quokka" })).items.map((t) => t.name).sort()).toEqual(["Search English", "Search Inactive"]);
    expect((await searchQualificationTypes({ query: "masters" })).items.map((t) => t.id)).toEqual([SYSTEM_QUALIFICATION_IDS.masters]);
    expect((await searchQualificationTypes({ query: "masters", mustBeRequestable: true })).items).toEqual([]);

    const own = await searchQualificationTypes({ ownerId: r.id, query: "quokka" });
    expect(own.items.map((t) => t.answerKey)).toEqual([null, answerKey]); // the inactive one (newest) has none
    const owned = await qualificationTypesOfOwner(r.id);
    expect(owned.map((t) => t.name)).toEqual(["100%_numbat", "Search Inactive", "Search French", "Search English"]);
    expect(owned[0]).toMatchObject({ grantedCount: 0, pendingRequestCount: 0 });
  });

  it("pages newest first with hasMore", async () => {
    const r = await makeRequester();
    for (let i = 0; i < 5; i++) await createQualificationType(r.id, { name: `Paged ${i}`, description: "paging" });
    const first = await searchQualificationTypes({ ownerId: r.id, query: "paging", take: 2 });
    const third = await searchQualificationTypes({ ownerId: r.id, query: "paging", take: 2, skip: 4 });
    expect(first.hasMore).toBe(true);
    expect(third).toMatchObject({ hasMore: false });
    expect(third.items).toHaveLength(1);
    const all = [...first.items, ...(await searchQualificationTypes({ ownerId: r.id, query: "paging", take: 2, skip: 2 })).items, ...third.items];
    expect(new Set(all.map((t) => t.id)).size).toBe(5);
  });

  it("getQualificationType shows the answer key only to the owner", async () => {
    const r = await makeRequester();
    const type = await createQualificationType(r.id, { ...base, test, answerKey, testDurationSeconds: 600 });
    expect((await getQualificationType(type.id, r.id)).answerKey).toBe(answerKey);
    expect((await getQualificationType(type.id, (await makeRequester()).id)).answerKey).toBeNull();
    expect((await getQualificationType(type.id)).answerKey).toBeNull();
  });

  it("a requester sees their own types in any status, and other requesters' only while workers can request them", async () => {
    await ensureSystemQualificationTypes();
    const a = await makeRequester();
    const b = await makeRequester();
    const mineInactive = await createQualificationType(a.id, { ...base, name: "Viewer mine", description: "platypus", status: "Inactive", test, answerKey, testDurationSeconds: 600 });
    const theirsActive = await createQualificationType(b.id, { ...base, name: "Viewer theirs", description: "platypus", test, answerKey, testDurationSeconds: 600 });
    const theirsInactive = await createQualificationType(b.id, { ...base, name: "Viewer hidden", description: "platypus", status: "Inactive" });

    expect((await visibleQualificationType(a.id, mineInactive.id)).answerKey).toBe(answerKey);
    expect(await visibleQualificationType(a.id, theirsActive.id)).toMatchObject({ id: theirsActive.id, answerKey: null });
    expect(await visibleQualificationType(a.id, SYSTEM_QUALIFICATION_IDS.masters)).toMatchObject({ ownerId: null, isRequestable: false });
    await expect(visibleQualificationType(a.id, theirsInactive.id)).rejects.toMatchObject({ code: "NotFound", turkErrorCode: "AWS.MechanicalTurk.QualificationTypeDoesNotExist" });
    await disposeQualificationType(a.id, mineInactive.id);
    await expect(visibleQualificationType(a.id, mineInactive.id)).rejects.toMatchObject({ code: "NotFound" });

    const mine2 = await createQualificationType(a.id, { ...base, name: "Viewer mine 2", description: "platypus", status: "Inactive", test, answerKey, testDurationSeconds: 600 });
    const found = await searchQualificationTypes({ viewerId: a.id, query: "platypus" });
    expect(found.items.map((t) => [t.id, t.answerKey])).toEqual([
      [mine2.id, answerKey],
      [theirsActive.id, null],
    ]);
    expect((await searchQualificationTypes({ viewerId: b.id, query: "platypus" })).items.map((t) => t.id)).toEqual([theirsInactive.id, theirsActive.id]);
    expect((await searchQualificationTypes({ viewerId: a.id, query: "masters" })).items.map((t) => t.id)).toEqual([SYSTEM_QUALIFICATION_IDS.masters]);
  });
});
