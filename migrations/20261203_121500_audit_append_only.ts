import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The audit log becomes append-only in PostgreSQL itself (docs/audit-chain.md): triggers refuse every
 * UPDATE and DELETE of an entry and any TRUNCATE of the table, whoever asks, and nobody holds those
 * privileges (the app's own role included; a superuser ignores privileges but not triggers, so only
 * someone who switches the triggers off on purpose can change an entry, and the chain and the daily
 * anchor then show it). Also adds the daily anchor task (`anchorAuditChain`) to the jobs queue's enums.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is refused', TG_OP
      USING ERRCODE = 'insufficient_privilege',
        HINT = 'Audit entries are never changed or removed (docs/audit-chain.md).';
  END
  $$;

  CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
  CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
  CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

  REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
  REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM CURRENT_USER;

  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'anchorAuditChain' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'anchorAuditChain' BEFORE 'schedulePublish';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DELETE FROM "payload_jobs" WHERE "task_slug" = 'anchorAuditChain';
  DELETE FROM "payload_jobs_log" WHERE "task_slug" = 'anchorAuditChain';
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'endExpiredExclusions', 'galleryDigest', 'emailAlert', 'applyRetention', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'endExpiredExclusions', 'galleryDigest', 'emailAlert', 'applyRetention', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";

  GRANT UPDATE, DELETE, TRUNCATE ON audit_log TO CURRENT_USER;
  DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
  DROP TRIGGER IF EXISTS audit_log_no_delete ON audit_log;
  DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log;
  DROP FUNCTION IF EXISTS audit_log_refuse_change();`)
}
