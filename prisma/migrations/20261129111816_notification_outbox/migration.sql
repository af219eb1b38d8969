-- DropIndex
DROP INDEX "Delivery_eventId_idx";

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN "durationMs" INTEGER;

-- CreateTable
CREATE TABLE "NotificationSecret" (
    "requesterId" TEXT NOT NULL PRIMARY KEY,
    "sealed" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "NotificationSecret_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_HITType" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requesterId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "keywords" TEXT NOT NULL DEFAULT '',
    "rewardCents" INTEGER NOT NULL,
    "assignmentDurationSeconds" INTEGER NOT NULL,
    "autoApprovalDelaySeconds" INTEGER NOT NULL,
    "propertiesHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "notificationSpec" TEXT,
    "notificationActive" BOOLEAN NOT NULL DEFAULT false,
    "eventSeq" INTEGER NOT NULL DEFAULT 0,
    "hitsAvailable" INTEGER NOT NULL DEFAULT 0,
    "latestHitAt" DATETIME,
    "lastExpiresAt" DATETIME,
    "searchText" TEXT NOT NULL DEFAULT '',
    "medianWorkSeconds" INTEGER,
    "estHourlyCents" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "HITType_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_HITType" ("assignmentDurationSeconds", "autoApprovalDelaySeconds", "createdAt", "description", "estHourlyCents", "hitsAvailable", "id", "keywords", "lastExpiresAt", "latestHitAt", "medianWorkSeconds", "notificationActive", "notificationSpec", "propertiesHash", "requesterId", "rewardCents", "searchText", "title") SELECT "assignmentDurationSeconds", "autoApprovalDelaySeconds", "createdAt", "description", "estHourlyCents", "hitsAvailable", "id", "keywords", "lastExpiresAt", "latestHitAt", "medianWorkSeconds", "notificationActive", "notificationSpec", "propertiesHash", "requesterId", "rewardCents", "searchText", "title" FROM "HITType";
DROP TABLE "HITType";
ALTER TABLE "new_HITType" RENAME TO "HITType";
CREATE INDEX "HITType_requesterId_idx" ON "HITType"("requesterId");
CREATE INDEX "HITType_latestHitAt_id_idx" ON "HITType"("latestHitAt" DESC, "id");
CREATE INDEX "HITType_rewardCents_id_idx" ON "HITType"("rewardCents" DESC, "id");
CREATE INDEX "HITType_estHourlyCents_id_idx" ON "HITType"("estHourlyCents" DESC, "id");
CREATE INDEX "HITType_hitsAvailable_id_idx" ON "HITType"("hitsAvailable" DESC, "id");
CREATE UNIQUE INDEX "HITType_requesterId_propertiesHash_key" ON "HITType"("requesterId", "propertiesHash");
CREATE TABLE "new_OutboxEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hitTypeId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "eventType" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'Pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "leaseToken" TEXT,
    "lockedUntil" DATETIME,
    "deliveredAt" DATETIME,
    "lastError" TEXT,
    "lastStatusCode" INTEGER,
    CONSTRAINT "OutboxEvent_hitTypeId_fkey" FOREIGN KEY ("hitTypeId") REFERENCES "HITType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_OutboxEvent" ("attempts", "createdAt", "deliveredAt", "eventType", "hitTypeId", "id", "lockedUntil", "nextAttemptAt", "payload", "status") SELECT "attempts", "createdAt", "deliveredAt", "eventType", "hitTypeId", "id", "lockedUntil", "nextAttemptAt", "payload", "status" FROM "OutboxEvent";
DROP TABLE "OutboxEvent";
ALTER TABLE "new_OutboxEvent" RENAME TO "OutboxEvent";
CREATE INDEX "OutboxEvent_status_nextAttemptAt_idx" ON "OutboxEvent"("status", "nextAttemptAt");
CREATE INDEX "OutboxEvent_hitTypeId_status_seq_idx" ON "OutboxEvent"("hitTypeId", "status", "seq");
CREATE UNIQUE INDEX "OutboxEvent_hitTypeId_seq_key" ON "OutboxEvent"("hitTypeId", "seq");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Delivery_eventId_attemptedAt_idx" ON "Delivery"("eventId", "attemptedAt");

