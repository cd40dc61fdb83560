import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subject_requests_kind" AS ENUM('access', 'appeal');
  CREATE TYPE "public"."enum_subject_requests_status" AS ENUM('open', 'answered', 'refused');
  CREATE TYPE "public"."enum_subject_requests_appeal_outcome" AS ENUM('upheld', 'partly-upheld', 'dismissed');
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'archive';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'anonymise';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'hold';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'import';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'second-factor';
  CREATE TABLE "subject_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_subject_requests_kind" DEFAULT 'access' NOT NULL,
  	"subject_name" varchar NOT NULL,
  	"subject_details" varchar,
  	"identity_checked" boolean DEFAULT false,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"due_at" timestamp(3) with time zone,
  	"status" "enum_subject_requests_status" DEFAULT 'open' NOT NULL,
  	"appeal_outcome" "enum_subject_requests_appeal_outcome",
  	"response" varchar,
  	"answered_at" timestamp(3) with time zone,
  	"exported_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subject_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"offenders_id" integer
  );
  
  ALTER TABLE "users" ADD COLUMN "second_factor_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "second_factor_pending_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "second_factor_enabled_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "second_factor_last_used_step" numeric;
  ALTER TABLE "users" ADD COLUMN "second_factor_recovery_codes" jsonb;
  ALTER TABLE "incidents" ADD COLUMN "anonymised_at" timestamp(3) with time zone;
  ALTER TABLE "incidents" ADD COLUMN "idempotency_key" varchar;
  ALTER TABLE "offenders" ADD COLUMN "archived_at" timestamp(3) with time zone;
  ALTER TABLE "offenders" ADD COLUMN "retention_hold_reason" varchar;
  ALTER TABLE "offenders" ADD COLUMN "retention_hold_held_at" timestamp(3) with time zone;
  ALTER TABLE "offenders" ADD COLUMN "retention_hold_held_by_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subject_requests_id" integer;
  ALTER TABLE "subject_requests_rels" ADD CONSTRAINT "subject_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subject_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subject_requests_rels" ADD CONSTRAINT "subject_requests_rels_offenders_fk" FOREIGN KEY ("offenders_id") REFERENCES "public"."offenders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "subject_requests_kind_idx" ON "subject_requests" USING btree ("kind");
  CREATE INDEX "subject_requests_subject_name_idx" ON "subject_requests" USING btree ("subject_name");
  CREATE INDEX "subject_requests_received_at_idx" ON "subject_requests" USING btree ("received_at");
  CREATE INDEX "subject_requests_due_at_idx" ON "subject_requests" USING btree ("due_at");
  CREATE INDEX "subject_requests_status_idx" ON "subject_requests" USING btree ("status");
  CREATE INDEX "subject_requests_answered_at_idx" ON "subject_requests" USING btree ("answered_at");
  CREATE INDEX "subject_requests_updated_at_idx" ON "subject_requests" USING btree ("updated_at");
  CREATE INDEX "subject_requests_created_at_idx" ON "subject_requests" USING btree ("created_at");
  CREATE INDEX "subject_requests_rels_order_idx" ON "subject_requests_rels" USING btree ("order");
  CREATE INDEX "subject_requests_rels_parent_idx" ON "subject_requests_rels" USING btree ("parent_id");
  CREATE INDEX "subject_requests_rels_path_idx" ON "subject_requests_rels" USING btree ("path");
  CREATE INDEX "subject_requests_rels_offenders_id_idx" ON "subject_requests_rels" USING btree ("offenders_id");
  ALTER TABLE "offenders" ADD CONSTRAINT "offenders_retention_hold_held_by_id_users_id_fk" FOREIGN KEY ("retention_hold_held_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subject_requests_fk" FOREIGN KEY ("subject_requests_id") REFERENCES "public"."subject_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "incidents_anonymised_at_idx" ON "incidents" USING btree ("anonymised_at");
  CREATE INDEX "incidents_idempotency_key_idx" ON "incidents" USING btree ("idempotency_key");
  CREATE UNIQUE INDEX "reporter_idempotencyKey_idx" ON "incidents" USING btree ("reporter_id","idempotency_key");
  CREATE INDEX "offenders_archived_at_idx" ON "offenders" USING btree ("archived_at");
  CREATE INDEX "offenders_retention_hold_retention_hold_held_at_idx" ON "offenders" USING btree ("retention_hold_held_at");
  CREATE INDEX "offenders_retention_hold_retention_hold_held_by_idx" ON "offenders" USING btree ("retention_hold_held_by_id");
  CREATE INDEX "payload_locked_documents_rels_subject_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("subject_requests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "subject_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subject_requests_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "subject_requests" CASCADE;
  DROP TABLE "subject_requests_rels" CASCADE;
  ALTER TABLE "offenders" DROP CONSTRAINT "offenders_retention_hold_held_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subject_requests_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('view', 'create', 'update', 'delete', 'approve', 'reject', 'merge', 'export', 'login', 'login-failed', 'logout', 'access-denied');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  DROP INDEX "incidents_anonymised_at_idx";
  DROP INDEX "incidents_idempotency_key_idx";
  DROP INDEX "reporter_idempotencyKey_idx";
  DROP INDEX "offenders_archived_at_idx";
  DROP INDEX "offenders_retention_hold_retention_hold_held_at_idx";
  DROP INDEX "offenders_retention_hold_retention_hold_held_by_idx";
  DROP INDEX "payload_locked_documents_rels_subject_requests_id_idx";
  ALTER TABLE "users" DROP COLUMN "second_factor_secret";
  ALTER TABLE "users" DROP COLUMN "second_factor_pending_secret";
  ALTER TABLE "users" DROP COLUMN "second_factor_enabled_at";
  ALTER TABLE "users" DROP COLUMN "second_factor_last_used_step";
  ALTER TABLE "users" DROP COLUMN "second_factor_recovery_codes";
  ALTER TABLE "incidents" DROP COLUMN "anonymised_at";
  ALTER TABLE "incidents" DROP COLUMN "idempotency_key";
  ALTER TABLE "offenders" DROP COLUMN "archived_at";
  ALTER TABLE "offenders" DROP COLUMN "retention_hold_reason";
  ALTER TABLE "offenders" DROP COLUMN "retention_hold_held_at";
  ALTER TABLE "offenders" DROP COLUMN "retention_hold_held_by_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subject_requests_id";
  DROP TYPE "public"."enum_subject_requests_kind";
  DROP TYPE "public"."enum_subject_requests_status";
  DROP TYPE "public"."enum_subject_requests_appeal_outcome";`)
}
