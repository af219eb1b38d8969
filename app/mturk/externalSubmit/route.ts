// The form target of HTMLQuestion and ExternalQuestion pages, as on MTurk. No session is needed (the
// sandboxed frame's POST is cross-site, so the SameSite=Lax cookie is not sent): the assignment id in
// the form is the capability, and submitExternal refuses unknown, overdue and finished assignments.
import { submitExternal } from "@/lib/assignments/external";
import { isDomainError } from "@/lib/errors";
import { PREVIEW_ASSIGNMENT_ID } from "@/lib/questions/frame-src";
import { resultPage } from "./result-page";

export const dynamic = "force-dynamic";

// Far more than any form of text fields needs; files are not stored from here.
const MAX_BODY_BYTES = 2_000_000;

type Fields = Record<string, string | string[]>;

function collect(entries: Iterable<[string, FormDataEntryValue]>): Fields {
  const fields: Fields = {};
  for (const [name, value] of entries) {
    if (typeof value !== "string") continue;
    const seen = fields[name];
    fields[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return fields;
}

async function submit(fields: Fields): Promise<Response> {
  const id = fields.assignmentId;
  if (id === PREVIEW_ASSIGNMENT_ID) return resultPage({ status: 400, message: "This is a preview. Accept the HIT to submit your work." });
  try {
    const assignment = await submitExternal(typeof id === "string" ? id : "", fields);
    return resultPage({ status: 200, assignmentId: assignment.id });
  } catch (e) {
    if (isDomainError(e)) return resultPage({ status: 400, message: e.message });
    console.error("externalSubmit failed", e);
    return resultPage({ status: 500 });
  }
}

export async function POST(request: Request) {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return resultPage({ status: 400, message: "The form is too large to submit." });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return resultPage({ status: 400, message: "Send the answers as a form (application/x-www-form-urlencoded or multipart/form-data)." });
  }
  return submit(collect(form.entries()));
}

export async function GET(request: Request) {
  return submit(collect(new URL(request.url).searchParams.entries()));
}
