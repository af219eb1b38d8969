import { describe, expect, it } from "vitest";
import { bulkGrantCsvSchema, grantFormSchema, revokeFormSchema, settingsFormSchema, testFormSchema, valueFormSchema } from "./form-schema";

const W1 = "A1B2C3D4E5F6G7";
const W2 = "AZZZZZZZZZZZZZ";
const messages = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) => Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("settingsFormSchema", () => {
  it("sends a blank retry delay as null (keep retries off) and the auto-grant value only when auto-granting", () => {
    expect(settingsFormSchema.parse({ description: " New ", status: "Inactive", retryDelay: "", autoGrantedValue: "7" })).toEqual({
      description: "New",
      status: "Inactive",
      isRequestable: false,
      retryDelaySeconds: null,
      autoGranted: false,
    });
    expect(settingsFormSchema.parse({ description: "d", status: "Active", requestable: "on", retryDelay: "1440", autoGranted: "on", autoGrantedValue: "" })).toEqual({
      description: "d",
      status: "Active",
      isRequestable: true,
      retryDelaySeconds: 86_400,
      autoGranted: true,
      autoGrantedValue: 1,
    });
  });

  it("refuses a blank description, an unknown status and a negative delay", () => {
    expect(messages(settingsFormSchema.safeParse({ description: " ", status: "Disposing", retryDelay: "-5" }))).toEqual({
      description: "Describe the qualification for workers",
      status: "Status must be Active or Inactive",
      retryDelay: "The retry delay must be a number of minutes, such as 30 or 1.5",
    });
  });
});

describe("testFormSchema", () => {
  it("replaces a test with its duration in seconds; a blank key means none", () => {
    expect(testFormSchema.parse({ test: "<QuestionForm/>", testDuration: "20", answerKey: "" })).toEqual({ test: "<QuestionForm/>", testDurationSeconds: 1200, answerKey: undefined });
  });

  it("a blank test is refused with the rule that a test cannot be removed", () => {
    expect(messages(testFormSchema.safeParse({ test: "  ", testDuration: "" }))).toEqual({
      test: expect.stringContaining("A test can be replaced, not removed"),
      testDuration: "Say how many minutes workers have for the test",
    });
  });
});

describe("grant, value and revoke forms", () => {
  it("a grant's value defaults to 1; changing a value needs one; a revoke needs a reason", () => {
    expect(grantFormSchema.parse({ workerId: ` ${W1} `, value: "" })).toEqual({ workerId: W1, value: 1 });
    expect(messages(valueFormSchema.safeParse({ workerId: W1, value: "" }))).toEqual({ value: "Enter a value" });
    expect(valueFormSchema.parse({ workerId: W1, value: "-3" })).toEqual({ workerId: W1, value: -3 });
    expect(messages(revokeFormSchema.safeParse({ workerId: "worker", reason: " " }))).toEqual({
      workerId: 'A worker id starts with "A" followed by capital letters and digits',
      reason: "Tell the worker why",
    });
  });
});

describe("bulkGrantCsvSchema", () => {
  const parse = (text: string) => bulkGrantCsvSchema.parse(text);
  const refusal = (text: string) => bulkGrantCsvSchema.safeParse(text).error?.issues[0].message;

  it("reads WorkerId and Value in any case and order, skipping a BOM and blank lines, with file line numbers", () => {
    expect(parse(`\uFEFFvalue,Note,WORKERID\r\n\r\n90,good,${W1}\r\n , , \r\n,,${W2}\r\n`)).toEqual([
      { line: 3, workerId: W1, value: 90 },
      { line: 5, workerId: W2, value: 1 },
    ]);
  });

  it("without a Value column every worker gets 1", () => {
    expect(parse(`WorkerId\n${W1}\n${W2}`)).toEqual([
      { line: 2, workerId: W1, value: 1 },
      { line: 3, workerId: W2, value: 1 },
    ]);
  });

  it("reports bad worker ids, non-integer values and a worker listed twice on their own lines, keeping the good ones", () => {
    expect(parse(`WorkerId,Value\n${W1},5\nnot-a-worker,5\n${W2},1.5\n${W2},abc\n${W2},3000000000\n${W2},7\n${W1},8\n,4`)).toEqual([
      { line: 2, workerId: W1, value: 5 },
      { line: 3, workerId: "not-a-worker", error: 'A worker id starts with "A" followed by capital letters and digits' },
      { line: 4, workerId: W2, error: "The value must be a whole number" },
      { line: 5, workerId: W2, error: "The value must be a whole number" },
      { line: 6, workerId: W2, error: "The value is too large" },
      { line: 7, workerId: W2, value: 7 },
      { line: 8, workerId: W1, error: "This worker is already on line 2" },
      { line: 9, workerId: "", error: "No worker id on this line" },
    ]);
  });

  it("refuses a file without a WorkerId header, without rows, or that is not CSV", () => {
    expect(refusal(`${W1},5\n${W2},6`)).toContain("The first line must be a header naming the columns: WorkerId");
    expect(refusal("Worker,Value\nx,1")).toContain("must be a header");
    expect(refusal("")).toContain("must be a header");
    expect(refusal("WorkerId,Value\n\n")).toBe("The file has a header but no workers under it.");
    expect(refusal(`WorkerId,Value\n"${W1},5`)).toContain("The file is not readable CSV");
  });

  it("refuses more rows than one bulk grant takes", () => {
    const rows = Array.from({ length: 5001 }, (_, i) => `A${String(i).padStart(13, "0")}`);
    expect(refusal(["WorkerId", ...rows].join("\n"))).toBe("At most 5,000 workers at a time; split the file.");
  });
});
