import { describe, expect, it } from "vitest";
import { createTypeFormSchema } from "./form-schema";

const base = { name: " English grammar ", description: "A short test", keywords: "english", status: "Active", requestable: "on" };
const errors = (raw: Record<string, string>) => {
  const r = createTypeFormSchema.safeParse(raw);
  return Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
};

describe("createTypeFormSchema", () => {
  it("reads a test in minutes into seconds and sends only the test's fields", () => {
    const parsed = createTypeFormSchema.parse({ ...base, grant: "test", test: "<QuestionForm/>", testDuration: "1.5", answerKey: "  ", retryDelay: "60", autoGrantedValue: "9" });
    expect(parsed).toEqual({
      name: "English grammar",
      description: "A short test",
      keywords: "english",
      status: "Active",
      isRequestable: true,
      retryDelaySeconds: 3600,
      test: "<QuestionForm/>",
      testDurationSeconds: 90,
      answerKey: undefined,
      autoGranted: false,
    });
  });

  it("auto-granted sends its value (1 when blank) and leaves a typed test behind; a blank retry delay means one attempt", () => {
    const auto = createTypeFormSchema.parse({ ...base, grant: "auto", autoGrantedValue: "", test: "<QuestionForm/>", testDuration: "10", retryDelay: "" });
    expect(auto).toMatchObject({ autoGranted: true, autoGrantedValue: 1, retryDelaySeconds: undefined });
    expect(auto).not.toHaveProperty("test");
    expect(auto).not.toHaveProperty("testDurationSeconds");
    expect(createTypeFormSchema.parse({ ...base, grant: "auto", autoGrantedValue: "-5" })).toMatchObject({ autoGrantedValue: -5 });
    expect(createTypeFormSchema.parse({ ...base, grant: "review", retryDelay: "0" })).toMatchObject({ autoGranted: false, retryDelaySeconds: 0 });
  });

  it("an unticked box is not requestable", () => {
    const { requestable: _r, ...rest } = base;
    expect(createTypeFormSchema.parse({ ...rest, grant: "review" }).isRequestable).toBe(false);
  });

  it("a test needs the XML and a duration; bad numbers are named on their field", () => {
    expect(errors({ ...base, grant: "test", test: " ", testDuration: "" })).toEqual({
      test: "Paste the test's QuestionForm XML, or load it from a file",
      testDuration: "Say how many minutes workers have for the test",
    });
    expect(errors({ ...base, grant: "test", test: "<x/>", testDuration: "ten", retryDelay: "-1" })).toMatchObject({
      testDuration: "The test duration must be a number of minutes, such as 30 or 1.5",
      retryDelay: "The retry delay must be a number of minutes, such as 30 or 1.5",
    });
    expect(errors({ ...base, grant: "auto", autoGrantedValue: "1.5" })).toEqual({ autoGrantedValue: "The value must be a whole number" });
    expect(errors({ ...base, grant: "auto", autoGrantedValue: "99999999999" })).toEqual({ autoGrantedValue: "The value is too large" });
  });

  it("names and descriptions follow the domain's rules; a test or auto-grant needs the type to be requestable", () => {
    const { requestable: _r, ...notRequestable } = base;
    expect(errors({ ...notRequestable, name: "  ", description: "", grant: "auto" })).toEqual({
      name: "Give the qualification a name",
      description: "Describe the qualification for workers",
      grant: expect.stringContaining("Tick “Workers can request it”"),
    });
    expect(errors({ ...base, grant: "both" })).toEqual({ grant: "Choose how workers get this qualification" });
  });
});
