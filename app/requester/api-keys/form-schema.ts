import { z } from "zod";

export const createKeyFormSchema = z.object({
  label: z.string().trim().max(100, "Labels are at most 100 characters").default(""),
});

export const revokeKeyFormSchema = z.object({
  accessKeyId: z.string().trim().regex(/^AKPW[A-Z0-9]{16}$/, "That is not a Piecework access key id"),
});
