// What the requester's form builder edits: a plain description of questions, validated here with
// messages a requester can act on, then turned into QuestionForm XML by question-form-builder.ts.
import { z } from "zod";
import { MAX_UPLOAD_BYTES } from "./question-form.types";

export type ChoiceStyle = "radiobutton" | "checkbox" | "dropdown" | "list" | "combobox" | "multichooser";

export type QuestionSpec = { id: string; text: string; required: boolean } & (
  | {
      kind: "freetext";
      numeric?: { min?: number; max?: number };
      minLength?: number;
      maxLength?: number;
      regex?: { pattern: string; errorText: string };
      defaultText?: string;
      lines?: number;
    }
  | {
      kind: "choice";
      style: ChoiceStyle;
      options: string[];
      minSelections?: number;
      maxSelections?: number;
      allowOther?: boolean;
    }
  | { kind: "file"; minBytes?: number; maxBytes?: number }
);

export type QuestionFormSpec = { overview?: string; questions: QuestionSpec[] };

export const MULTI_CHOICE_STYLES: readonly ChoiceStyle[] = ["checkbox", "list", "multichooser"];
export const QUESTION_ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

const notBlank = (message: string) => z.string({ error: message }).refine((value) => value.trim() !== "", message);

// Bounds are written into XML attributes, so they must print as plain digits ("1e+21" would not parse back).
const plainNumber = (what: string) =>
  z
    .number({ error: `${what} must be a number.` })
    .refine((value) => /^-?\d+(\.\d+)?$/.test(String(value)), `${what} must be a plain number such as 18 or 2.5.`);

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what} must be a number.` })
    .int(`${what} must be a whole number.`)
    .min(min, `${what} must be at least ${min}.`)
    .max(max, `${what} must be at most ${max.toLocaleString("en-US")}.`);

const base = {
  id: z
    .string({ error: "Give the question an id." })
    .regex(QUESTION_ID_PATTERN, "Question ids are 1 to 64 letters, digits, underscores, dots or hyphens."),
  text: notBlank("Write the question's text.").pipe(
    z.string().max(2000, "Question text is limited to 2,000 characters."),
  ),
  required: z.boolean({ error: "Say whether the question must be answered." }),
};

const freeTextQuestion = z
  .object({
    ...base,
    kind: z.literal("freetext"),
    numeric: z.object({ min: plainNumber("The smallest number").optional(), max: plainNumber("The largest number").optional() }).optional(),
    minLength: wholeNumber("The minimum length", 0, 65_535).optional(),
    maxLength: wholeNumber("The maximum length", 1, 65_535).optional(),
    regex: z
      .object({
        pattern: notBlank("Write the pattern answers must match.").pipe(z.string().max(1000, "The pattern is limited to 1,000 characters.")),
        errorText: notBlank("Write the message workers see when the pattern does not match.").pipe(
          z.string().max(500, "The pattern's message is limited to 500 characters."),
        ),
      })
      .optional(),
    defaultText: z.string().max(2000, "The default text is limited to 2,000 characters.").optional(),
    lines: wholeNumber("The number of lines", 1, 50).optional(),
  })
  .superRefine((question, ctx) => {
    const { numeric, minLength, maxLength, regex } = question;
    if (numeric?.min !== undefined && numeric.max !== undefined && numeric.min > numeric.max) {
      ctx.addIssue({ code: "custom", path: ["numeric", "max"], message: "The largest number must not be less than the smallest." });
    }
    if (minLength !== undefined && maxLength !== undefined && minLength > maxLength) {
      ctx.addIssue({ code: "custom", path: ["maxLength"], message: "The maximum length must not be less than the minimum length." });
    }
    if (regex && regex.pattern.trim() !== "") {
      try {
        new RegExp(regex.pattern);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        ctx.addIssue({ code: "custom", path: ["regex", "pattern"], message: `The pattern is not a valid regular expression (${reason}).` });
      }
    }
  });

const choiceQuestion = z
  .object({
    ...base,
    kind: z.literal("choice"),
    style: z.enum(["radiobutton", "checkbox", "dropdown", "list", "combobox", "multichooser"], {
      error: "Choose how the options are shown: radiobutton, checkbox, dropdown, list, combobox or multichooser.",
    }),
    options: z
      .array(notBlank("Options cannot be empty.").pipe(z.string().max(500, "Options are limited to 500 characters each.")), {
        error: "List the options.",
      })
      .min(2, "Give at least two options.")
      .max(50, "Give at most 50 options."),
    minSelections: wholeNumber("The minimum number of choices", 0, 51).optional(),
    maxSelections: wholeNumber("The maximum number of choices", 1, 51).optional(),
    allowOther: z.boolean().optional(),
  })
  .superRefine((question, ctx) => {
    const { style, options, minSelections, maxSelections, allowOther } = question;
    const seen = new Map<string, number>();
    options.forEach((option, index) => {
      const key = option.trim();
      if (key !== "" && seen.has(key)) {
        ctx.addIssue({ code: "custom", path: ["options", index], message: `The option "${key}" is listed twice.` });
      }
      seen.set(key, index);
    });

    const choices = options.length + (allowOther ? 1 : 0);
    const multiple = MULTI_CHOICE_STYLES.includes(style);
    if (!multiple && maxSelections !== undefined && maxSelections > 1) {
      ctx.addIssue({
        code: "custom",
        path: ["maxSelections"],
        message: `A ${style} question takes one choice; use checkbox, list or multichooser to allow more.`,
      });
    }
    if (!multiple && minSelections !== undefined && minSelections > 1) {
      ctx.addIssue({
        code: "custom",
        path: ["minSelections"],
        message: `A ${style} question takes one choice; use checkbox, list or multichooser to ask for more.`,
      });
    }
    if (maxSelections !== undefined && maxSelections > choices) {
      ctx.addIssue({ code: "custom", path: ["maxSelections"], message: `The maximum number of choices is more than the ${choices} offered.` });
    }
    if (minSelections !== undefined && minSelections > choices) {
      ctx.addIssue({ code: "custom", path: ["minSelections"], message: `The minimum number of choices is more than the ${choices} offered.` });
    }
    if (minSelections !== undefined && maxSelections !== undefined && minSelections > maxSelections) {
      ctx.addIssue({ code: "custom", path: ["maxSelections"], message: "The maximum number of choices must not be less than the minimum." });
    }
  });

const fileQuestion = z
  .object({
    ...base,
    kind: z.literal("file"),
    minBytes: wholeNumber("The minimum file size", 0, MAX_UPLOAD_BYTES).optional(),
    maxBytes: wholeNumber("The maximum file size", 1, MAX_UPLOAD_BYTES).optional(),
  })
  .superRefine(({ minBytes, maxBytes }, ctx) => {
    if (minBytes !== undefined && maxBytes !== undefined && minBytes > maxBytes) {
      ctx.addIssue({ code: "custom", path: ["maxBytes"], message: "The maximum file size must not be less than the minimum." });
    }
  });

const questionSpecSchema = z.discriminatedUnion("kind", [freeTextQuestion, choiceQuestion, fileQuestion], {
  error: "Choose the kind of question: freetext, choice or file.",
});

export const questionFormSpecSchema: z.ZodType<QuestionFormSpec> = z
  .object({
    overview: z.string().max(10_000, "The overview is limited to 10,000 characters.").optional(),
    questions: z
      .array(questionSpecSchema, { error: "List the questions." })
      .min(1, "Add at least one question.")
      .max(100, "A form holds at most 100 questions."),
  })
  .superRefine(({ questions }, ctx) => {
    const firstIndexById = new Map<string, number>();
    questions.forEach((question, index) => {
      if (firstIndexById.has(question.id)) {
        ctx.addIssue({ code: "custom", path: ["questions", index, "id"], message: `The id "${question.id}" is already used by question ${firstIndexById.get(question.id)! + 1}.` });
      } else {
        firstIndexById.set(question.id, index);
      }
    });
    // The form sends an "Other" answer's text as "<id>.other"; no question may be called that.
    questions.forEach((question, index) => {
      if (question.kind !== "choice" || !question.allowOther) return;
      const clash = questions.findIndex((other) => other.id === `${question.id}.other`);
      if (clash >= 0) {
        ctx.addIssue({
          code: "custom",
          path: ["questions", clash, "id"],
          message: `The id "${question.id}.other" is taken by the "Other" answer of question ${index + 1}; choose another.`,
        });
      }
    });
  });
