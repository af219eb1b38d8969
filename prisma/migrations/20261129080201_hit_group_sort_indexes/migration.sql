-- DropIndex
DROP INDEX "HITType_hitsAvailable_latestHitAt_idx";

-- DropIndex
DROP INDEX "HITType_hitsAvailable_rewardCents_idx";

-- DropIndex
DROP INDEX "HITType_hitsAvailable_estHourlyCents_idx";

-- CreateIndex
CREATE INDEX "HITType_latestHitAt_id_idx" ON "HITType"("latestHitAt" DESC, "id");

-- CreateIndex
CREATE INDEX "HITType_rewardCents_id_idx" ON "HITType"("rewardCents" DESC, "id");

-- CreateIndex
CREATE INDEX "HITType_estHourlyCents_id_idx" ON "HITType"("estHourlyCents" DESC, "id");

-- CreateIndex
CREATE INDEX "HITType_hitsAvailable_id_idx" ON "HITType"("hitsAvailable" DESC, "id");

