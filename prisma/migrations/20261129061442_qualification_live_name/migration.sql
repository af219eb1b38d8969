-- DropIndex
DROP INDEX "QualificationType_ownerId_name_key";

-- AlterTable
ALTER TABLE "QualificationType" ADD COLUMN "liveName" TEXT;

-- CreateIndex
CREATE INDEX "QualificationType_ownerId_name_idx" ON "QualificationType"("ownerId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "QualificationType_ownerId_liveName_key" ON "QualificationType"("ownerId", "liveName");


-- Live types keep their names reserved.
UPDATE "QualificationType" SET "liveName" = "name" WHERE "status" <> 'Disposing';
