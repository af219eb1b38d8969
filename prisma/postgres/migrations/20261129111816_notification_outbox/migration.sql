-- DropForeignKey
ALTER TABLE "OutboxEvent" DROP CONSTRAINT "OutboxEvent_hitTypeId_fkey";

-- DropIndex
DROP INDEX "OutboxEvent_hitTypeId_createdAt_idx";

-- DropIndex
DROP INDEX "Delivery_eventId_idx";

-- AlterTable
ALTER TABLE "HITType" ADD COLUMN     "eventSeq" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "OutboxEvent" ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "lastStatusCode" INTEGER,
ADD COLUMN     "leaseToken" TEXT,
ADD COLUMN     "seq" INTEGER NOT NULL,
ALTER COLUMN "hitTypeId" SET NOT NULL;

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "durationMs" INTEGER;

-- CreateTable
CREATE TABLE "NotificationSecret" (
    "requesterId" TEXT NOT NULL,
    "sealed" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationSecret_pkey" PRIMARY KEY ("requesterId")
);

-- CreateIndex
CREATE INDEX "OutboxEvent_hitTypeId_status_seq_idx" ON "OutboxEvent"("hitTypeId", "status", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEvent_hitTypeId_seq_key" ON "OutboxEvent"("hitTypeId", "seq");

-- CreateIndex
CREATE INDEX "Delivery_eventId_attemptedAt_idx" ON "Delivery"("eventId", "attemptedAt");

-- AddForeignKey
ALTER TABLE "OutboxEvent" ADD CONSTRAINT "OutboxEvent_hitTypeId_fkey" FOREIGN KEY ("hitTypeId") REFERENCES "HITType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationSecret" ADD CONSTRAINT "NotificationSecret_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

