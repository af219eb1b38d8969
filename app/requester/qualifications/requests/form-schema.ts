// Parses the accept and reject forms of qualification requests; lib/qualifications/requests checks the rest.
import { z } from "zod";
import { idPattern } from "@/lib/ids";
import { QUALIFICATION_LIMITS } from "@/lib/qualifications/schema";
import { valueField } from "../form-fields";

const requestId = z.string().regex(idPattern, "That qualification request does not exist or is not yours.");

export const acceptFormSchema = z.object({ requestId, value: valueField(1) });

export const rejectFormSchema = z.object({
  requestId,
  reason: z.string().trim().min(1, "Tell the worker why").max(QUALIFICATION_LIMITS.reasonMax, `At most ${QUALIFICATION_LIMITS.reasonMax} characters`),
});
