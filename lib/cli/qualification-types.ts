// Qualification types from a properties file (name, description, keywords, retrydelayinseconds,
// testdurationinseconds, autogranted, autograntedvalue), with an optional test and answer key.
import { readFileSync } from "node:fs";
import { CreateQualificationTypeCommand, UpdateQualificationTypeCommand, type QualificationTypeStatus } from "@aws-sdk/client-mturk";
import { UsageError, type ParsedArgs } from "./args";
import { readProperties, type Properties } from "./properties";
import type { Verb, VerbContext } from "./verb";

const number = (props: Properties, key: string) => {
  const v = props.get(key);
  if (v === undefined || v === "") return undefined;
  if (!/^-?\d+$/.test(v)) throw new UsageError(`${key} must be a whole number, not "${v}"`);
  return Number(v);
};

function status(text: string | undefined): QualificationTypeStatus | undefined {
  if (text === undefined) return undefined;
  const s = ["Active", "Inactive"].find((x) => x.toLowerCase() === text.toLowerCase());
  if (!s) throw new UsageError(`Status must be Active or Inactive, not "${text}"`);
  return s as QualificationTypeStatus;
}

/** The settings both verbs share: from the properties file and the -question/-answer files. */
function settings(ctx: VerbContext, args: ParsedArgs, props: Properties) {
  const file = (option: string) => (args.has(option) ? readFileSync(ctx.path(args.need(option)), "utf8") : undefined);
  const test = file("question");
  const autoGranted = props.get("autogranted");
  return {
    Description: props.get("description") || undefined,
    RetryDelayInSeconds: number(props, "retrydelayinseconds"),
    Test: test,
    TestDurationInSeconds: number(props, "testdurationinseconds") ?? (test ? 3600 : undefined),
    AnswerKey: file("answer"),
    AutoGranted: autoGranted === undefined ? undefined : autoGranted.toLowerCase() === "true",
    AutoGrantedValue: number(props, "autograntedvalue"),
  };
}

const fileOptions = [
  { name: "question", value: "file", help: "a QuestionForm test that workers take to get the qualification" },
  { name: "answer", value: "file", help: "the test's AnswerKey, for scoring it automatically" },
];

export const createQualificationType: Verb = {
  name: "createQualificationType",
  summary: "Create a qualification type (optionally with a test and answer key)",
  options: [
    { name: "properties", value: "file", help: "name, description, keywords, retrydelayinseconds, testdurationinseconds, autogranted, autograntedvalue", required: true },
    ...fileOptions,
    { name: "status", value: "Active|Inactive", help: "default Active" },
  ],
  async run(ctx) {
    const props = readProperties(ctx.path(ctx.args.need("properties")));
    const Name = props.get("name");
    if (!Name) throw new UsageError("The properties need name");
    const { QualificationType } = await ctx.client().send(
      new CreateQualificationTypeCommand({
        Name,
        Keywords: props.get("keywords") || undefined,
        QualificationTypeStatus: status(ctx.args.get("status") ?? props.get("status")) ?? "Active",
        ...settings(ctx, ctx.args, props),
        Description: props.get("description") ?? "",
      }),
    );
    ctx.out(`Created qualification type ${QualificationType!.QualificationTypeId}`);
    return 0;
  },
};

export const updateQualificationType: Verb = {
  name: "updateQualificationType",
  summary: "Change a qualification type's description, test, answer key, retry delay or status",
  options: [
    { name: "qualtypeid", value: "id", help: "the qualification type", required: true },
    { name: "properties", value: "file", help: "as for createQualificationType; the name and keywords cannot change" },
    ...fileOptions,
    { name: "status", value: "Active|Inactive", help: "make it available to workers, or not" },
  ],
  async run(ctx) {
    const props = ctx.args.has("properties") ? readProperties(ctx.path(ctx.args.need("properties"))) : new Map<string, string>();
    const QualificationTypeId = ctx.args.need("qualtypeid");
    await ctx.client().send(
      new UpdateQualificationTypeCommand({ QualificationTypeId, QualificationTypeStatus: status(ctx.args.get("status") ?? props.get("status")), ...settings(ctx, ctx.args, props) }),
    );
    ctx.out(`Updated qualification type ${QualificationTypeId}`);
    return 0;
  },
};
