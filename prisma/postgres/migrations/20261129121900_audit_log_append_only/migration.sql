-- The audit trail is append-only: the database itself ignores any change to or removal of a record,
-- whatever code asks (Prisma's update and delete then fail, and updateMany and deleteMany change nothing).
CREATE RULE "AuditLog_no_update" AS ON UPDATE TO "AuditLog" DO INSTEAD NOTHING;

CREATE RULE "AuditLog_no_delete" AS ON DELETE TO "AuditLog" DO INSTEAD NOTHING;
