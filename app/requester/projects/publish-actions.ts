"use server";

// Publishing a batch from the project page: the same upload goes to the preview (nothing written) and
// then to publish. Both check the signed-in requester; lib/batches checks that the project is theirs.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { runAction, type FormState } from "@/lib/auth/action";
import { DomainError } from "@/lib/errors";
import { previewBatch, startPublish } from "@/lib/batches/publish";
import { projectIdSchema } from "./form-schema";
import { uploadedCsv } from "../uploaded-csv";

export type BatchPreview = {
  rowCount: number;
  columns: string[];
  missing: string[];
  layout: string;
  sampleRows: Record<string, string>[];
  cost: { perHitCents: number; totalRewardCents: number; totalFeeCents: number; totalCents: number; assignmentsPerHit: number };
  availableCents: number;
};
export type PreviewState = FormState & { preview?: BatchPreview };

async function upload(form: FormData) {
  const id = projectIdSchema.safeParse(form.get("projectId"));
  if (!id.success) throw new DomainError("NotFound", "That project does not exist or is not yours.");
  return { projectId: id.data, ...(await uploadedCsv(form, "Choose a CSV file (UTF-8, first line naming the columns)")) };
}

export async function previewBatchAction(_prev: PreviewState, form: FormData): Promise<PreviewState> {
  let preview: BatchPreview | undefined;
  const state = await runAction("requester", null, async (user) => {
    const { projectId, content } = await upload(form);
    const p = await previewBatch(user.id, projectId, content);
    preview = { rowCount: p.rowCount, columns: p.columns, missing: p.missing, layout: p.project.layout, sampleRows: p.samples.map((s) => s.row), cost: p.cost, availableCents: p.availableCents };
  });
  return { ...state, preview };
}

export async function publishBatchAction(_prev: PreviewState, form: FormData): Promise<PreviewState> {
  let target = "";
  const state = await runAction("requester", null, async (user) => {
    const { projectId, content, name } = await upload(form);
    const started = await startPublish(user.id, projectId, content, { name });
    // The rows are written after the response: the batch page shows their progress from the database, so
    // it survives a reload, and a failure is recorded on the batch (run() never rejects unhandled here).
    if (!started.duplicate) after(() => started.run().catch(() => undefined));
    const notice = !started.duplicate || started.batch.status === "Publishing" ? "batch-publishing" : "batch-already-published";
    target = `/requester/batches/${started.batch.id}?notice=${notice}`;
  });
  if (state.status !== "ok") return state;
  revalidatePath("/requester", "layout");
  redirect(target);
}
