-- CreateTable
CREATE TABLE "BatchAnswerField" (
    "batchId" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    PRIMARY KEY ("batchId", "name"),
    CONSTRAINT "BatchAnswerField_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Batch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "columns" TEXT NOT NULL DEFAULT '[]',
    "totalRows" INTEGER NOT NULL,
    "publishedRows" INTEGER NOT NULL DEFAULT 0,
    "progressAt" DATETIME,
    "contentHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "publishedAt" DATETIME,
    "error" TEXT,
    "finishedAt" DATETIME,
    "answerFieldsRecorded" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Batch_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Batch_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Batch" ("columns", "contentHash", "createdAt", "error", "finishedAt", "id", "name", "progressAt", "projectId", "publishedAt", "publishedRows", "requesterId", "status", "totalRows") SELECT "columns", "contentHash", "createdAt", "error", "finishedAt", "id", "name", "progressAt", "projectId", "publishedAt", "publishedRows", "requesterId", "status", "totalRows" FROM "Batch";
DROP TABLE "Batch";
ALTER TABLE "new_Batch" RENAME TO "Batch";
CREATE INDEX "Batch_requesterId_createdAt_idx" ON "Batch"("requesterId", "createdAt");
CREATE UNIQUE INDEX "Batch_requesterId_contentHash_key" ON "Batch"("requesterId", "contentHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

