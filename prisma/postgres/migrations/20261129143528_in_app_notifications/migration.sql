-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailMessageCopies" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "HIT" ADD COLUMN     "expiredAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Batch" ADD COLUMN     "finishedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "emailAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "emailError" TEXT,
ADD COLUMN     "emailLockedUntil" TIMESTAMP(3),
ADD COLUMN     "emailNextAt" TIMESTAMP(3),
ADD COLUMN     "emailStatus" TEXT;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "count" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "openKey" TEXT;

-- CreateIndex
CREATE INDEX "HIT_expiredAt_expiresAt_idx" ON "HIT"("expiredAt", "expiresAt");

-- CreateIndex
CREATE INDEX "Message_emailStatus_emailNextAt_idx" ON "Message"("emailStatus", "emailNextAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_openKey_key" ON "Notification"("openKey");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");


-- HITs whose expiry the sweep already handled before expiredAt existed (their open slots are closed):
-- mark them handled, so the first sweep does not send their HITExpired a second time.
UPDATE "HIT" SET "expiredAt" = "expiresAt" WHERE "expiredAt" IS NULL AND "numAvailable" = 0 AND "expiresAt" <= now();
