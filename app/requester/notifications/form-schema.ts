import { z } from "zod";
import { EVENT_TYPES } from "@/lib/notifications/schema";

const id = (what: string) => z.string().trim().regex(/^[A-Z0-9]{30}$/, `That is not a ${what} id`);
/** One checked box arrives as a string, several as a list, none as nothing. */
const list = z.union([z.string(), z.array(z.string())]).optional().transform((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]));

export const settingsFormSchema = z.object({
  hitTypeId: id("HIT type"),
  active: z.literal("on").optional().transform((v) => v === "on"),
  transport: z.enum(["Email", "Webhook"], "Choose email or webhook"),
  destination: z.string(),
  eventTypes: list,
});

export const testFormSchema = z.object({
  hitTypeId: id("HIT type"),
  testEventType: z.enum(EVENT_TYPES, "Choose an event type to send"),
});

export const resendFormSchema = z.object({ hitTypeId: id("HIT type"), eventId: id("event") });

export const rotateFormSchema = z.object({ hitTypeId: id("HIT type") });
