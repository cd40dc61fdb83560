import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'weeklyBulletin' BEFORE 'emailAlert';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'weeklyBulletin' BEFORE 'emailAlert';
  CREATE TABLE "levy_periods" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"starts_on" timestamp(3) with time zone NOT NULL,
  	"ends_on" timestamp(3) with time zone NOT NULL,
  	"levy_collected" numeric NOT NULL,
  	"costs_staff" numeric DEFAULT 0,
  	"costs_radios" numeric DEFAULT 0,
  	"costs_other" numeric DEFAULT 0,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bulletin_weeks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"week" varchar NOT NULL,
  	"sent_at" timestamp(3) with time zone,
  	"recipients" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "members" ADD COLUMN "notifications_weekly_bulletin" boolean DEFAULT true;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "levy_periods_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bulletin_weeks_id" integer;
  CREATE INDEX "levy_periods_starts_on_idx" ON "levy_periods" USING btree ("starts_on");
  CREATE INDEX "levy_periods_ends_on_idx" ON "levy_periods" USING btree ("ends_on");
  CREATE INDEX "levy_periods_updated_at_idx" ON "levy_periods" USING btree ("updated_at");
  CREATE INDEX "levy_periods_created_at_idx" ON "levy_periods" USING btree ("created_at");
  CREATE UNIQUE INDEX "startsOn_endsOn_idx" ON "levy_periods" USING btree ("starts_on","ends_on");
  CREATE UNIQUE INDEX "bulletin_weeks_week_idx" ON "bulletin_weeks" USING btree ("week");
  CREATE INDEX "bulletin_weeks_updated_at_idx" ON "bulletin_weeks" USING btree ("updated_at");
  CREATE INDEX "bulletin_weeks_created_at_idx" ON "bulletin_weeks" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_levy_periods_fk" FOREIGN KEY ("levy_periods_id") REFERENCES "public"."levy_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bulletin_weeks_fk" FOREIGN KEY ("bulletin_weeks_id") REFERENCES "public"."bulletin_weeks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "members_notifications_notifications_weekly_bulletin_idx" ON "members" USING btree ("notifications_weekly_bulletin");
  CREATE INDEX "payload_locked_documents_rels_levy_periods_id_idx" ON "payload_locked_documents_rels" USING btree ("levy_periods_id");
  CREATE INDEX "payload_locked_documents_rels_bulletin_weeks_id_idx" ON "payload_locked_documents_rels" USING btree ("bulletin_weeks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "levy_periods" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bulletin_weeks" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "levy_periods" CASCADE;
  DROP TABLE "bulletin_weeks" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_levy_periods_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bulletin_weeks_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'endExpiredExclusions', 'galleryDigest', 'emailAlert', 'applyRetention', 'anchorAuditChain', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'endExpiredExclusions', 'galleryDigest', 'emailAlert', 'applyRetention', 'anchorAuditChain', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "members_notifications_notifications_weekly_bulletin_idx";
  DROP INDEX "payload_locked_documents_rels_levy_periods_id_idx";
  DROP INDEX "payload_locked_documents_rels_bulletin_weeks_id_idx";
  ALTER TABLE "members" DROP COLUMN "notifications_weekly_bulletin";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "levy_periods_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bulletin_weeks_id";`)
}
