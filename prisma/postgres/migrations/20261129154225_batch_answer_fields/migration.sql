-- AlterTable
ALTER TABLE "Batch" ADD COLUMN     "answerFieldsRecorded" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "BatchAnswerField" (
    "batchId" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "BatchAnswerField_pkey" PRIMARY KEY ("batchId","name")
);

-- AddForeignKey
ALTER TABLE "BatchAnswerField" ADD CONSTRAINT "BatchAnswerField_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

