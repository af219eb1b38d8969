-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReviewAction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hitId" TEXT NOT NULL,
    "assignmentId" TEXT,
    "policyLevel" TEXT NOT NULL,
    "policyName" TEXT NOT NULL,
    "actionName" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "result" TEXT,
    "errorCode" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" DATETIME,
    CONSTRAINT "ReviewAction_hitId_fkey" FOREIGN KEY ("hitId") REFERENCES "HIT" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReviewAction_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ReviewAction" ("actionName", "assignmentId", "completedAt", "errorCode", "hitId", "id", "policyLevel", "policyName", "result", "status", "targetId", "targetType") SELECT "actionName", "assignmentId", "completedAt", "errorCode", "hitId", "id", "policyLevel", "policyName", "result", "status", "targetId", "targetType" FROM "ReviewAction";
DROP TABLE "ReviewAction";
ALTER TABLE "new_ReviewAction" RENAME TO "ReviewAction";
CREATE INDEX "ReviewAction_hitId_idx" ON "ReviewAction"("hitId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

