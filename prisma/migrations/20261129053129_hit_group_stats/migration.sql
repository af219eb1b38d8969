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
    "hitsAvailable" INTEGER NOT NULL DEFAULT 0,
    "latestHitAt" DATETIME,
    "lastExpiresAt" DATETIME,
    "searchText" TEXT NOT NULL DEFAULT '',
    "medianWorkSeconds" INTEGER,
    "estHourlyCents" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "HITType_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_HITType" ("assignmentDurationSeconds", "autoApprovalDelaySeconds", "createdAt", "description", "id", "keywords", "notificationActive", "notificationSpec", "propertiesHash", "requesterId", "rewardCents", "title") SELECT "assignmentDurationSeconds", "autoApprovalDelaySeconds", "createdAt", "description", "id", "keywords", "notificationActive", "notificationSpec", "propertiesHash", "requesterId", "rewardCents", "title" FROM "HITType";
DROP TABLE "HITType";
ALTER TABLE "new_HITType" RENAME TO "HITType";
CREATE INDEX "HITType_requesterId_idx" ON "HITType"("requesterId");
CREATE INDEX "HITType_hitsAvailable_latestHitAt_idx" ON "HITType"("hitsAvailable", "latestHitAt");
CREATE INDEX "HITType_hitsAvailable_rewardCents_idx" ON "HITType"("hitsAvailable", "rewardCents");
CREATE INDEX "HITType_hitsAvailable_estHourlyCents_idx" ON "HITType"("hitsAvailable", "estHourlyCents");
CREATE UNIQUE INDEX "HITType_requesterId_propertiesHash_key" ON "HITType"("requesterId", "propertiesHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Backfill the HIT group figures for types created before this migration.
UPDATE "HITType" SET
  "hitsAvailable" = (SELECT COUNT(*) FROM "HIT" h WHERE h."hitTypeId" = "HITType"."id" AND h."status" = 'Assignable' AND h."numAvailable" > 0),
  "latestHitAt" = (SELECT MAX(h."createdAt") FROM "HIT" h WHERE h."hitTypeId" = "HITType"."id"),
  "lastExpiresAt" = (SELECT MAX(h."expiresAt") FROM "HIT" h WHERE h."hitTypeId" = "HITType"."id"),
  "searchText" = lower("title" || ' ' || "description" || ' ' || "keywords" || ' ' || (SELECT u."name" FROM "User" u WHERE u."id" = "HITType"."requesterId")),
  "estHourlyCents" = ("rewardCents" * 3600) / "assignmentDurationSeconds";
