import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long")
  .pipe(z.email("Enter a valid email address"));

// Length over composition rules (NIST 800-63B), plus a refusal of the obvious.
const commonPasswords = new Set(["password", "password1", "12345678", "123456789", "qwertyuiop", "iloveyou", "letmein123", "piecework"]);
export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters")
  .max(200, "Use at most 200 characters")
  .refine((p) => !commonPasswords.has(p.toLowerCase()), "That password is too common")
  .refine((p) => new Set(p).size >= 4, "That password is too easy to guess");

export const signUpSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, "Enter your name (at least 2 characters)")
      .max(80, "Keep your name under 80 characters")
      .regex(/^[^\u0000-\u001f\u007f]*$/, "Your name cannot contain control characters"),
    email: emailSchema,
    password: passwordSchema,
    wantsToWork: z.boolean(),
    wantsToPost: z.boolean(),
  })
  .refine((v) => v.wantsToWork || v.wantsToPost, { message: "Choose at least one: work, post work, or both", path: ["roles"] });

export type SignUpInput = z.infer<typeof signUpSchema>;
