-- CreateTable
CREATE TABLE "User" (
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
    "lastActiveAt" DATETIME
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "accessKeyId" TEXT NOT NULL PRIMARY KEY,
    "secretEncrypted" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "label" TEXT,
    "createdAt" DATETIME NOT NULL,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiKey_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HITType" (
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
    CONSTRAINT "HITType_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QualificationRequirement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hitTypeId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "qualificationTypeId" TEXT NOT NULL,
    "comparator" TEXT NOT NULL,
    "integerValues" TEXT NOT NULL DEFAULT '[]',
    "localeValues" TEXT NOT NULL DEFAULT '[]',
    "actionsGuarded" TEXT NOT NULL DEFAULT 'Accept',
    CONSTRAINT "QualificationRequirement_hitTypeId_fkey" FOREIGN KEY ("hitTypeId") REFERENCES "HITType" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QualificationRequirement_qualificationTypeId_fkey" FOREIGN KEY ("qualificationTypeId") REFERENCES "QualificationType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HIT" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hitTypeId" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "questionType" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "layoutId" TEXT,
    "layoutParameters" TEXT,
    "maxAssignments" INTEGER NOT NULL,
    "rewardCents" INTEGER NOT NULL,
    "feeCents" INTEGER NOT NULL,
    "escrowCents" INTEGER NOT NULL DEFAULT 0,
    "lifetimeSeconds" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "requesterAnnotation" TEXT,
    "uniqueRequestToken" TEXT,
    "status" TEXT NOT NULL DEFAULT 'Assignable',
    "numAvailable" INTEGER NOT NULL,
    "numPending" INTEGER NOT NULL DEFAULT 0,
    "numSubmitted" INTEGER NOT NULL DEFAULT 0,
    "numCompleted" INTEGER NOT NULL DEFAULT 0,
    "assignmentReviewPolicy" TEXT,
    "hitReviewPolicy" TEXT,
    "batchId" TEXT,
    "batchRow" INTEGER,
    "disposedAt" DATETIME,
    CONSTRAINT "HIT_hitTypeId_fkey" FOREIGN KEY ("hitTypeId") REFERENCES "HITType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HIT_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HIT_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IdempotencyToken" (
    "requesterId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,

    PRIMARY KEY ("requesterId", "kind", "token")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hitId" TEXT NOT NULL,
    "workerId" TEXT NOT NULL,
    "hitTypeId" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "liveSlot" TEXT,
    "acceptedAt" DATETIME NOT NULL,
    "deadline" DATETIME NOT NULL,
    "submittedAt" DATETIME,
    "autoApprovalAt" DATETIME,
    "approvedAt" DATETIME,
    "rejectedAt" DATETIME,
    "endedAt" DATETIME,
    "answer" TEXT,
    "requesterFeedback" TEXT,
    "workSeconds" INTEGER,
    CONSTRAINT "Assignment_hitId_fkey" FOREIGN KEY ("hitId") REFERENCES "HIT" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assignment_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FileUpload" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "questionIdentifier" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "storagePath" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "FileUpload_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QualificationType" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "keywords" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'Active',
    "isRequestable" BOOLEAN NOT NULL DEFAULT true,
    "retryDelaySeconds" INTEGER,
    "test" TEXT,
    "testDurationSeconds" INTEGER,
    "answerKey" TEXT,
    "autoGranted" BOOLEAN NOT NULL DEFAULT false,
    "autoGrantedValue" INTEGER,
    "createdAt" DATETIME NOT NULL,
    "moderationReason" TEXT,
    CONSTRAINT "QualificationType_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Qualification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "qualificationTypeId" TEXT NOT NULL,
    "workerId" TEXT NOT NULL,
    "integerValue" INTEGER,
    "localeCountry" TEXT,
    "localeSubdivision" TEXT,
    "status" TEXT NOT NULL DEFAULT 'Granted',
    "grantedAt" DATETIME NOT NULL,
    "reason" TEXT,
    CONSTRAINT "Qualification_qualificationTypeId_fkey" FOREIGN KEY ("qualificationTypeId") REFERENCES "QualificationType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Qualification_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QualificationRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "qualificationTypeId" TEXT NOT NULL,
    "workerId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'Pending',
    "test" TEXT,
    "answer" TEXT,
    "score" INTEGER,
    "startedAt" DATETIME,
    "submittedAt" DATETIME NOT NULL,
    "decidedAt" DATETIME,
    "reason" TEXT,
    CONSTRAINT "QualificationRequest_qualificationTypeId_fkey" FOREIGN KEY ("qualificationTypeId") REFERENCES "QualificationType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "QualificationRequest_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LedgerAccount" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT,
    "kind" TEXT NOT NULL,
    "balance" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "LedgerAccount_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LedgerTransaction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "memo" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "actorId" TEXT,
    "hitId" TEXT,
    "assignmentId" TEXT,
    "paysAssignmentId" TEXT,
    "bonusId" TEXT,
    "depositId" TEXT,
    "withdrawalId" TEXT,
    CONSTRAINT "LedgerTransaction_hitId_fkey" FOREIGN KEY ("hitId") REFERENCES "HIT" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "transactionId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "LedgerEntry_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "LedgerTransaction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "LedgerEntry_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "LedgerAccount" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Deposit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requesterId" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'Pending',
    "createdAt" DATETIME NOT NULL,
    "decidedAt" DATETIME,
    "decidedById" TEXT,
    "reason" TEXT,
    CONSTRAINT "Deposit_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Withdrawal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workerId" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'Pending',
    "createdAt" DATETIME NOT NULL,
    "decidedAt" DATETIME,
    "decidedById" TEXT,
    "reason" TEXT,
    CONSTRAINT "Withdrawal_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BonusPayment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requesterId" TEXT NOT NULL,
    "workerId" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "feeCents" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "uniqueRequestToken" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "BonusPayment_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "BonusPayment_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "BonusPayment_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WorkerBlock" (
    "requesterId" TEXT NOT NULL,
    "workerId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,

    PRIMARY KEY ("requesterId", "workerId"),
    CONSTRAINT "WorkerBlock_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "WorkerBlock_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requesterId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "keywords" TEXT NOT NULL DEFAULT '',
    "rewardCents" INTEGER NOT NULL,
    "assignmentsPerHit" INTEGER NOT NULL,
    "assignmentDurationSeconds" INTEGER NOT NULL,
    "lifetimeSeconds" INTEGER NOT NULL,
    "autoApprovalDelaySeconds" INTEGER NOT NULL,
    "qualificationRequirements" TEXT NOT NULL DEFAULT '[]',
    "layout" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Project_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Batch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "columns" TEXT NOT NULL DEFAULT '[]',
    "totalRows" INTEGER NOT NULL,
    "publishedRows" INTEGER NOT NULL DEFAULT 0,
    "contentHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "publishedAt" DATETIME,
    "error" TEXT,
    CONSTRAINT "Batch_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Batch_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hitTypeId" TEXT,
    "eventType" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'Pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "lockedUntil" DATETIME,
    "deliveredAt" DATETIME,
    CONSTRAINT "OutboxEvent_hitTypeId_fkey" FOREIGN KEY ("hitTypeId") REFERENCES "HITType" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "attemptedAt" DATETIME NOT NULL,
    "transport" TEXT NOT NULL,
    "destination" TEXT NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "statusCode" INTEGER,
    "response" TEXT,
    CONSTRAINT "Delivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "OutboxEvent" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "senderId" TEXT,
    "recipientId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "readAt" DATETIME,
    CONSTRAINT "Message_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Message_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "href" TEXT,
    "createdAt" DATETIME NOT NULL,
    "readAt" DATETIME,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewResult" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hitId" TEXT NOT NULL,
    "assignmentId" TEXT,
    "policyLevel" TEXT NOT NULL,
    "policyName" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "questionId" TEXT,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "ReviewResult_hitId_fkey" FOREIGN KEY ("hitId") REFERENCES "HIT" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReviewResult_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewAction" (
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
    "completedAt" DATETIME,
    CONSTRAINT "ReviewAction_hitId_fkey" FOREIGN KEY ("hitId") REFERENCES "HIT" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReviewAction_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hitId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'Open',
    "createdAt" DATETIME NOT NULL,
    "resolvedAt" DATETIME,
    "resolvedBy" TEXT,
    "resolution" TEXT,
    CONSTRAINT "Report_hitId_fkey" FOREIGN KEY ("hitId") REFERENCES "HIT" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Report_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "workerId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'Open',
    "createdAt" DATETIME NOT NULL,
    "requesterResponse" TEXT,
    "decidedAt" DATETIME,
    "decidedBy" TEXT,
    "reason" TEXT,
    CONSTRAINT "Appeal_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appeal_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "reason" TEXT,
    "details" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PlatformSetting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "windowStart" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_name_idx" ON "User"("name");

-- CreateIndex
CREATE INDEX "ApiKey_ownerId_idx" ON "ApiKey"("ownerId");

-- CreateIndex
CREATE INDEX "HITType_requesterId_idx" ON "HITType"("requesterId");

-- CreateIndex
CREATE UNIQUE INDEX "HITType_requesterId_propertiesHash_key" ON "HITType"("requesterId", "propertiesHash");

-- CreateIndex
CREATE INDEX "QualificationRequirement_qualificationTypeId_idx" ON "QualificationRequirement"("qualificationTypeId");

-- CreateIndex
CREATE UNIQUE INDEX "QualificationRequirement_hitTypeId_position_key" ON "QualificationRequirement"("hitTypeId", "position");

-- CreateIndex
CREATE INDEX "HIT_hitTypeId_status_expiresAt_idx" ON "HIT"("hitTypeId", "status", "expiresAt");

-- CreateIndex
CREATE INDEX "HIT_requesterId_createdAt_idx" ON "HIT"("requesterId", "createdAt");

-- CreateIndex
CREATE INDEX "HIT_status_expiresAt_idx" ON "HIT"("status", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "HIT_batchId_batchRow_key" ON "HIT"("batchId", "batchRow");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_liveSlot_key" ON "Assignment"("liveSlot");

-- CreateIndex
CREATE INDEX "Assignment_hitId_status_idx" ON "Assignment"("hitId", "status");

-- CreateIndex
CREATE INDEX "Assignment_workerId_status_acceptedAt_idx" ON "Assignment"("workerId", "status", "acceptedAt");

-- CreateIndex
CREATE INDEX "Assignment_requesterId_status_submittedAt_idx" ON "Assignment"("requesterId", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "Assignment_hitTypeId_status_idx" ON "Assignment"("hitTypeId", "status");

-- CreateIndex
CREATE INDEX "Assignment_status_deadline_idx" ON "Assignment"("status", "deadline");

-- CreateIndex
CREATE INDEX "Assignment_status_autoApprovalAt_idx" ON "Assignment"("status", "autoApprovalAt");

-- CreateIndex
CREATE UNIQUE INDEX "FileUpload_assignmentId_questionIdentifier_key" ON "FileUpload"("assignmentId", "questionIdentifier");

-- CreateIndex
CREATE UNIQUE INDEX "QualificationType_ownerId_name_key" ON "QualificationType"("ownerId", "name");

-- CreateIndex
CREATE INDEX "Qualification_workerId_idx" ON "Qualification"("workerId");

-- CreateIndex
CREATE UNIQUE INDEX "Qualification_qualificationTypeId_workerId_key" ON "Qualification"("qualificationTypeId", "workerId");

-- CreateIndex
CREATE INDEX "QualificationRequest_qualificationTypeId_status_idx" ON "QualificationRequest"("qualificationTypeId", "status");

-- CreateIndex
CREATE INDEX "QualificationRequest_workerId_qualificationTypeId_idx" ON "QualificationRequest"("workerId", "qualificationTypeId");

-- CreateIndex
CREATE INDEX "LedgerAccount_ownerId_idx" ON "LedgerAccount"("ownerId");

-- CreateIndex
CREATE INDEX "LedgerAccount_kind_idx" ON "LedgerAccount"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerTransaction_paysAssignmentId_key" ON "LedgerTransaction"("paysAssignmentId");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerTransaction_depositId_key" ON "LedgerTransaction"("depositId");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerTransaction_withdrawalId_key" ON "LedgerTransaction"("withdrawalId");

-- CreateIndex
CREATE INDEX "LedgerTransaction_kind_createdAt_idx" ON "LedgerTransaction"("kind", "createdAt");

-- CreateIndex
CREATE INDEX "LedgerTransaction_assignmentId_idx" ON "LedgerTransaction"("assignmentId");

-- CreateIndex
CREATE INDEX "LedgerTransaction_hitId_idx" ON "LedgerTransaction"("hitId");

-- CreateIndex
CREATE INDEX "LedgerEntry_accountId_createdAt_idx" ON "LedgerEntry"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "LedgerEntry_transactionId_idx" ON "LedgerEntry"("transactionId");

-- CreateIndex
CREATE INDEX "Deposit_status_createdAt_idx" ON "Deposit"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Withdrawal_status_createdAt_idx" ON "Withdrawal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "BonusPayment_assignmentId_idx" ON "BonusPayment"("assignmentId");

-- CreateIndex
CREATE INDEX "BonusPayment_workerId_idx" ON "BonusPayment"("workerId");

-- CreateIndex
CREATE UNIQUE INDEX "BonusPayment_requesterId_uniqueRequestToken_key" ON "BonusPayment"("requesterId", "uniqueRequestToken");

-- CreateIndex
CREATE INDEX "WorkerBlock_workerId_idx" ON "WorkerBlock"("workerId");

-- CreateIndex
CREATE INDEX "Project_requesterId_idx" ON "Project"("requesterId");

-- CreateIndex
CREATE INDEX "Batch_requesterId_createdAt_idx" ON "Batch"("requesterId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Batch_requesterId_contentHash_key" ON "Batch"("requesterId", "contentHash");

-- CreateIndex
CREATE INDEX "OutboxEvent_status_nextAttemptAt_idx" ON "OutboxEvent"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxEvent_hitTypeId_createdAt_idx" ON "OutboxEvent"("hitTypeId", "createdAt");

-- CreateIndex
CREATE INDEX "Delivery_eventId_idx" ON "Delivery"("eventId");

-- CreateIndex
CREATE INDEX "Message_recipientId_createdAt_idx" ON "Message"("recipientId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "ReviewResult_hitId_idx" ON "ReviewResult"("hitId");

-- CreateIndex
CREATE INDEX "ReviewAction_hitId_idx" ON "ReviewAction"("hitId");

-- CreateIndex
CREATE INDEX "Report_status_createdAt_idx" ON "Report"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Appeal_assignmentId_key" ON "Appeal"("assignmentId");

-- CreateIndex
CREATE INDEX "Appeal_status_createdAt_idx" ON "Appeal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_subjectType_subjectId_idx" ON "AuditLog"("subjectType", "subjectId");


-- Platform-wide ledger accounts (user accounts are created with their user).
INSERT INTO "LedgerAccount" ("id", "ownerId", "kind", "balance") VALUES ('platform:fees', NULL, 'platform:fees', 0);
INSERT INTO "LedgerAccount" ("id", "ownerId", "kind", "balance") VALUES ('external', NULL, 'external', 0);
