-- AlterTable
ALTER TABLE "Batch" ADD COLUMN     "progressAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "BatchStagedHit" (
    "batchId" TEXT NOT NULL,
    "batchRow" INTEGER NOT NULL,
    "hitId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "layoutParameters" TEXT NOT NULL,

    CONSTRAINT "BatchStagedHit_pkey" PRIMARY KEY ("batchId","batchRow")
);

-- AddForeignKey
ALTER TABLE "BatchStagedHit" ADD CONSTRAINT "BatchStagedHit_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

