-- AlterTable
ALTER TABLE "HITType" ADD COLUMN     "estHourlyCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "hitsAvailable" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastExpiresAt" TIMESTAMP(3),
ADD COLUMN     "latestHitAt" TIMESTAMP(3),
ADD COLUMN     "medianWorkSeconds" INTEGER,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "HITType_hitsAvailable_latestHitAt_idx" ON "HITType"("hitsAvailable", "latestHitAt");

-- CreateIndex
CREATE INDEX "HITType_hitsAvailable_rewardCents_idx" ON "HITType"("hitsAvailable", "rewardCents");

-- CreateIndex
CREATE INDEX "HITType_hitsAvailable_estHourlyCents_idx" ON "HITType"("hitsAvailable", "estHourlyCents");


-- Backfill the HIT group figures for types created before this migration.
UPDATE "HITType" SET
  "hitsAvailable" = (SELECT COUNT(*) FROM "HIT" h WHERE h."hitTypeId" = "HITType"."id" AND h."status" = 'Assignable' AND h."numAvailable" > 0),
  "latestHitAt" = (SELECT MAX(h."createdAt") FROM "HIT" h WHERE h."hitTypeId" = "HITType"."id"),
  "lastExpiresAt" = (SELECT MAX(h."expiresAt") FROM "HIT" h WHERE h."hitTypeId" = "HITType"."id"),
  "searchText" = lower("title" || ' ' || "description" || ' ' || "keywords" || ' ' || (SELECT u."name" FROM "User" u WHERE u."id" = "HITType"."requesterId")),
  "estHourlyCents" = ("rewardCents" * 3600) / "assignmentDurationSeconds";
