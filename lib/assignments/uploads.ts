// Files workers upload for FileUploadAnswer questions, kept on local disk under PIECEWORK_UPLOAD_DIR
// (default data/uploads). Written only after the answers validate; removed again if the submit fails.
import { mkdir, writeFile, rm, readFile } from "node:fs/promises";
import { join } from "node:path";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { SUBMITTED_STATUSES } from "./schema";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export function uploadDir(): string {
  return process.env.PIECEWORK_UPLOAD_DIR ?? join(process.env.PIECEWORK_DATA_DIR ?? join(process.cwd(), "data"), "uploads");
}

export type PendingUpload = { questionIdentifier: string; key: string; name: string; size: number; file: File };
export type StoredUpload = Omit<PendingUpload, "file"> & { storagePath: string };

/** Assigns each uploaded file its key (what QuestionFormAnswers' UploadedFileKey names) before validation. */
export function pendingUploads(files: Record<string, File>): PendingUpload[] {
  return Object.entries(files)
    .filter(([, f]) => f.size > 0 || f.name)
    .map(([questionIdentifier, file]) => {
      if (file.size > MAX_UPLOAD_BYTES) throw new DomainError("InvalidInput", `Files are at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, { fieldErrors: { [questionIdentifier]: "The file is too large" } });
      return { questionIdentifier, key: newId(), name: file.name.slice(0, 255) || "upload", size: file.size, file };
    });
}

export async function storeUploads(assignmentId: string, uploads: PendingUpload[]): Promise<StoredUpload[]> {
  const dir = join(uploadDir(), assignmentId);
  await mkdir(dir, { recursive: true });
  const stored: StoredUpload[] = [];
  for (const u of uploads) {
    const storagePath = join(dir, u.key); // our key, never the worker's file name, names the file on disk
    await writeFile(storagePath, Buffer.from(await u.file.arrayBuffer()));
    stored.push({ questionIdentifier: u.questionIdentifier, key: u.key, name: u.name, size: u.size, storagePath });
  }
  return stored;
}

export async function discardUploads(stored: StoredUpload[]): Promise<void> {
  await Promise.all(stored.map((s) => rm(s.storagePath, { force: true })));
}

/** A file of one of the requester's assignments, for download. */
export async function uploadForRequester(requesterId: string, fileId: string) {
  const f = await db.fileUpload.findUnique({ where: { id: fileId }, include: { assignment: { select: { requesterId: true } } } });
  if (!f || f.assignment.requesterId !== requesterId) throw new DomainError("NotFound", "That file does not exist or is not yours.");
  return { name: f.fileName, size: f.sizeBytes, body: await readFile(f.storagePath) };
}

/** The file a worker uploaded for one question of one of the requester's submitted assignments. */
export async function uploadOfAnswer(requesterId: string, assignmentId: string, questionIdentifier: string) {
  const a = await db.assignment.findFirst({ where: { id: assignmentId, requesterId, status: { in: [...SUBMITTED_STATUSES] } }, select: { id: true } });
  if (!a) throw new DomainError("NotFound", "That assignment does not exist or is not yours.");
  const f = await db.fileUpload.findUnique({ where: { assignmentId_questionIdentifier: { assignmentId, questionIdentifier } } });
  if (!f) throw new DomainError("InvalidInput", `Assignment ${assignmentId} has no file uploaded for the question "${questionIdentifier}".`);
  return { id: f.id, name: f.fileName, size: f.sizeBytes };
}
