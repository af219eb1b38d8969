-- CreateIndex
CREATE INDEX "HIT_hitTypeId_status_createdAt_idx" ON "HIT"("hitTypeId", "status", "createdAt");

