-- AlterTable
ALTER TABLE "Batch" ADD COLUMN "progressAt" DATETIME;

-- CreateTable
CREATE TABLE "BatchStagedHit" (
    "batchId" TEXT NOT NULL,
    "batchRow" INTEGER NOT NULL,
    "hitId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "layoutParameters" TEXT NOT NULL,

    PRIMARY KEY ("batchId", "batchRow"),
    CONSTRAINT "BatchStagedHit_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

