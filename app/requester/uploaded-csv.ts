// The CSV file a requester's form uploads (batch publishing, review by CSV, the workers file), as bytes
// for lib/ to parse; a missing or empty file is the form's field error.
import { DomainError } from "@/lib/errors";

export async function uploadedCsv(form: FormData, hint: string): Promise<{ content: Buffer; name: string }> {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new DomainError("InvalidInput", "Choose a CSV file to upload.", { fieldErrors: { file: hint } });
  return { content: Buffer.from(await file.arrayBuffer()), name: file.name.replace(/\.csv$/i, "") };
}
