// The analyst's round trip through the real SDK and the API handler in this process: loadHITs on the
// legacy fixture (twice: the second run creates nothing), a worker submits, getResults writes the
// answers, reviewResults/approveWork pay.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { apiClientFor } from "@/lib/testing/api-client";
import { makeRequester } from "@/lib/testing/factories";
import { createUser } from "@/lib/auth/users";
import { acceptHit, submitAssignment } from "@/lib/assignments/mutations";
import { db } from "@/lib/db/client";
import { cliFor as cli } from "@/lib/testing/cli-runner";
import { readTable } from "./tab-file";

const fixtures = join(process.cwd(), "e2e/fixtures/mturk/clt");
const loadArgs = ["loadHITs", "-input", join(fixtures, "sentiment.input"), "-question", join(fixtures, "sentiment.question"), "-properties", join(fixtures, "sentiment.properties"), "-label", "sentiment"];

const answer = (sentiment: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><QuestionFormAnswers xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd"><Answer><QuestionIdentifier>sentiment</QuestionIdentifier><FreeText>${sentiment}</FreeText></Answer></QuestionFormAnswers>`;

async function usWorker() {
  return createUser({ email: `cli-w-${Math.random().toString(36).slice(2)}@test.example`, name: "CLI Worker", password: "worker-password-123", isWorker: true, country: "US" });
}

describe("the piecework command over the API", () => {
  it("loads the fixture once however often it runs, then gets the results and approves them", async () => {
    const r = await makeRequester(100_00);
    const dir = mkdtempSync(join(tmpdir(), "pw-cli-"));
    const piecework = cli(await apiClientFor(r.id), dir);

    const first = await piecework(...loadArgs);
    expect(first).toMatchObject({ code: 0, out: expect.stringContaining("5 HITs created, 0 already loaded, 0 failed") });
    const loaded = readTable(join(dir, "sentiment.success"));
    expect(loaded.columns).toEqual(["hitid", "hittypeid", "text", "source"]);
    expect(loaded.rows.map((row) => row.source)).toEqual(["product review", "restaurant review", "email", "tv forum", "app review (fr)"]);
    const hits = await db.hIT.findMany({ where: { requesterId: r.id }, orderBy: { createdAt: "asc" } });
    expect(hits).toHaveLength(5);
    // The row's values are in the question escaped, and in the annotation as they are.
    const tv = hits.find((h) => h.id === loaded.rows[3].hitid)!;
    expect(tv.question).toContain("<blockquote>Tom &amp; Jerry&apos;s &lt;b&gt;new&lt;/b&gt; episode: 5 &gt; 4?</blockquote>");
    expect(tv.requesterAnnotation).toBe("sentiment-tv forum");

    const again = await piecework(...loadArgs);
    expect(again).toMatchObject({ code: 0, out: expect.stringContaining("0 HITs created, 5 already loaded, 0 failed") });
    expect(await db.hIT.count({ where: { requesterId: r.id } })).toBe(5);
    expect(readTable(join(dir, "sentiment.success")).rows).toEqual(loaded.rows);

    const balance = await piecework("getBalance");
    // 5 HITs × 3 assignments × ($0.05 + $0.01 fee) held.
    expect(balance.out).toBe("Your account balance: $99.10\nOn hold for open HITs: $0.90");

    const [w1, w2] = [await usWorker(), await usWorker()];
    const a1 = await acceptHit(w1.id, loaded.rows[0].hitid);
    await submitAssignment(w1.id, a1.id, answer("positive"));
    const a2 = await acceptHit(w2.id, loaded.rows[0].hitid);
    await submitAssignment(w2.id, a2.id, answer("negative"));

    const results = await piecework("getResults", "-successfile", "sentiment.success", "-outputfile", "sentiment.results");
    expect(results.code).toBe(0);
    const table = readTable(join(dir, "sentiment.results"));
    expect(table.columns.slice(0, 3)).toEqual(["hitid", "hittypeid", "title"]);
    expect(table.columns.slice(-3)).toEqual(["Answer.sentiment", "Approve", "Reject"]);
    expect(table.rows).toHaveLength(6); // two assignments of the first HIT, one line for each other HIT
    const byAssignment = Object.fromEntries(table.rows.filter((row) => row.assignmentid).map((row) => [row.assignmentid, row]));
    expect(byAssignment[a1.id]).toMatchObject({ workerid: w1.id, assignmentstatus: "Submitted", "Answer.sentiment": "positive", reward: "$0.05" });

    // The analyst marks one to reject in the file and approves the rest of the batch.
    const marked = readFileSync(join(dir, "sentiment.results"), "utf8").replace(/(\tnegative\t)\t/, "$1\tNot what the text says");
    writeFileSync(join(dir, "reviewed.results"), marked);
    expect(await piecework("reviewResults", "-resultsfile", "reviewed.results")).toMatchObject({ code: 0, out: "1 assignments reviewed" });
    expect(await piecework("approveWork", "-successfile", "sentiment.success")).toMatchObject({ code: 0, out: "1 assignments approved" });
    const statuses = await db.assignment.findMany({ where: { id: { in: [a1.id, a2.id] } }, select: { id: true, status: true, requesterFeedback: true } });
    expect(Object.fromEntries(statuses.map((s) => [s.id, [s.status, s.requesterFeedback]]))).toEqual({ [a1.id]: ["Approved", null], [a2.id]: ["Rejected", "Not what the text says"] });
  });

  it("stops before creating anything when the template names a column the input lacks, and says which", async () => {
    const r = await makeRequester(10_00);
    const dir = mkdtempSync(join(tmpdir(), "pw-cli-"));
    writeFileSync(join(dir, "q.question"), readFileSync(join(fixtures, "sentiment.question"), "utf8").replace("${text}", "${txt}"));
    const piecework = cli(await apiClientFor(r.id), dir);
    const res = await piecework(...loadArgs.map((a) => (a.endsWith("sentiment.question") ? "q.question" : a)));
    expect(res.code).toBe(2);
    expect(res.err).toContain("No input column for ${txt}; the columns are: text, source");
    expect(await db.hIT.count({ where: { requesterId: r.id } })).toBe(0);
  });

  it("reports rows the server refuses in <label>.failure and exits non-zero", async () => {
    const r = await makeRequester(0); // no funds: every HIT is refused
    const dir = mkdtempSync(join(tmpdir(), "pw-cli-"));
    const res = await cli(await apiClientFor(r.id), dir)(...loadArgs);
    expect(res.code).toBe(1);
    expect(res.out).toContain("0 HITs created, 0 already loaded, 5 failed");
    const failures = readTable(join(dir, "sentiment.failure"));
    expect(failures.columns).toEqual(["text", "source", "error"]);
    expect(failures.rows).toHaveLength(5);
    expect(failures.rows[0].error).toMatch(/fund|balance/i);
  });
});
