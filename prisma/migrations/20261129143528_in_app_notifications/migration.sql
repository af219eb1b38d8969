-- AlterTable
ALTER TABLE "HIT" ADD COLUMN "expiredAt" DATETIME;

-- AlterTable
ALTER TABLE "Batch" ADD COLUMN "finishedAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "isWorker" BOOLEAN NOT NULL DEFAULT false,
    "isRequester" BOOLEAN NOT NULL DEFAULT false,
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'Active',
    "statusReason" TEXT,
    "country" TEXT,
    "subdivision" TEXT,
    "isAdult" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL,
    "lastActiveAt" DATETIME,
    "emailMessageCopies" BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO "new_User" ("country", "createdAt", "email", "id", "isAdmin", "isAdult", "isRequester", "isWorker", "lastActiveAt", "name", "passwordHash", "status", "statusReason", "subdivision") SELECT "country", "createdAt", "email", "id", "isAdmin", "isAdult", "isRequester", "isWorker", "lastActiveAt", "name", "passwordHash", "status", "statusReason", "subdivision" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "User_name_idx" ON "User"("name");
CREATE TABLE "new_Message" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "senderId" TEXT,
    "recipientId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "readAt" DATETIME,
    "emailStatus" TEXT,
    "emailAttempts" INTEGER NOT NULL DEFAULT 0,
    "emailNextAt" DATETIME,
    "emailLockedUntil" DATETIME,
    "emailError" TEXT,
    CONSTRAINT "Message_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Message_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Message" ("body", "createdAt", "id", "readAt", "recipientId", "senderId", "subject") SELECT "body", "createdAt", "id", "readAt", "recipientId", "senderId", "subject" FROM "Message";
DROP TABLE "Message";
ALTER TABLE "new_Message" RENAME TO "Message";
CREATE INDEX "Message_recipientId_createdAt_idx" ON "Message"("recipientId", "createdAt");
CREATE INDEX "Message_emailStatus_emailNextAt_idx" ON "Message"("emailStatus", "emailNextAt");
CREATE TABLE "new_Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "href" TEXT,
    "createdAt" DATETIME NOT NULL,
    "readAt" DATETIME,
    "count" INTEGER NOT NULL DEFAULT 1,
    "openKey" TEXT,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Notification" ("createdAt", "href", "id", "kind", "readAt", "text", "userId") SELECT "createdAt", "href", "id", "kind", "readAt", "text", "userId" FROM "Notification";
DROP TABLE "Notification";
ALTER TABLE "new_Notification" RENAME TO "Notification";
CREATE UNIQUE INDEX "Notification_openKey_key" ON "Notification"("openKey");
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "HIT_expiredAt_expiresAt_idx" ON "HIT"("expiredAt", "expiresAt");


-- HITs whose expiry the sweep already handled before expiredAt existed (their open slots are closed):
-- mark them handled, so the first sweep does not send their HITExpired a second time.
UPDATE "HIT" SET "expiredAt" = "expiresAt" WHERE "expiredAt" IS NULL AND "numAvailable" = 0 AND "expiresAt" <= strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now');
