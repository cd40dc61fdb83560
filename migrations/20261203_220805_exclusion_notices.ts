import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_exclusion_notices_stage" AS ENUM('warning', 'exclusion');
  CREATE TYPE "public"."enum_exclusion_notices_outcome" AS ENUM('running', 'expired', 'lifted', 'withdrawn', 'superseded');
  CREATE TYPE "public"."enum_exclusion_notices_calculation_suggested_stage" AS ENUM('none', 'warning', 'exclusion');
  CREATE TYPE "public"."enum_exclusion_notices_service_signature" AS ENUM('signed', 'refused');
  CREATE TYPE "public"."enum_signed_documents_kind" AS ENUM('exclusion-notice', 'witness-statement');
  CREATE TABLE "exclusion_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"offender_id" integer NOT NULL,
  	"stage" "enum_exclusion_notices_stage" NOT NULL,
  	"outcome" "enum_exclusion_notices_outcome" DEFAULT 'running' NOT NULL,
  	"zone" varchar,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone,
  	"appeal_from" timestamp(3) with time zone,
  	"last_breach_at" timestamp(3) with time zone,
  	"calculation_suggested_stage" "enum_exclusion_notices_calculation_suggested_stage",
  	"calculation_points" numeric,
  	"calculation_reasons" jsonb,
  	"calculation_override_reason" varchar,
  	"service_served_at" timestamp(3) with time zone,
  	"service_served_by_staff_id" integer,
  	"service_served_by_member_id" integer,
  	"service_served_by_name" varchar,
  	"service_place" varchar,
  	"service_signature" "enum_exclusion_notices_service_signature",
  	"service_signed_document_id" integer,
  	"retain_until" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "signed_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_signed_documents_kind" NOT NULL,
  	"offender_id" integer,
  	"incident_id" integer,
  	"sha256" varchar NOT NULL,
  	"_key" varchar,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "exclusion_notices_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "signed_documents_id" integer;
  ALTER TABLE "exclusion_notices" ADD CONSTRAINT "exclusion_notices_offender_id_offenders_id_fk" FOREIGN KEY ("offender_id") REFERENCES "public"."offenders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exclusion_notices" ADD CONSTRAINT "exclusion_notices_service_served_by_staff_id_users_id_fk" FOREIGN KEY ("service_served_by_staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exclusion_notices" ADD CONSTRAINT "exclusion_notices_service_served_by_member_id_members_id_fk" FOREIGN KEY ("service_served_by_member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exclusion_notices" ADD CONSTRAINT "exclusion_notices_service_signed_document_id_signed_documents_id_fk" FOREIGN KEY ("service_signed_document_id") REFERENCES "public"."signed_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signed_documents" ADD CONSTRAINT "signed_documents_offender_id_offenders_id_fk" FOREIGN KEY ("offender_id") REFERENCES "public"."offenders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signed_documents" ADD CONSTRAINT "signed_documents_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "exclusion_notices_offender_idx" ON "exclusion_notices" USING btree ("offender_id");
  CREATE INDEX "exclusion_notices_stage_idx" ON "exclusion_notices" USING btree ("stage");
  CREATE INDEX "exclusion_notices_outcome_idx" ON "exclusion_notices" USING btree ("outcome");
  CREATE INDEX "exclusion_notices_starts_at_idx" ON "exclusion_notices" USING btree ("starts_at");
  CREATE INDEX "exclusion_notices_ends_at_idx" ON "exclusion_notices" USING btree ("ends_at");
  CREATE INDEX "exclusion_notices_service_service_served_at_idx" ON "exclusion_notices" USING btree ("service_served_at");
  CREATE INDEX "exclusion_notices_service_service_served_by_staff_idx" ON "exclusion_notices" USING btree ("service_served_by_staff_id");
  CREATE INDEX "exclusion_notices_service_service_served_by_member_idx" ON "exclusion_notices" USING btree ("service_served_by_member_id");
  CREATE INDEX "exclusion_notices_service_service_signed_document_idx" ON "exclusion_notices" USING btree ("service_signed_document_id");
  CREATE INDEX "exclusion_notices_retain_until_idx" ON "exclusion_notices" USING btree ("retain_until");
  CREATE INDEX "exclusion_notices_updated_at_idx" ON "exclusion_notices" USING btree ("updated_at");
  CREATE INDEX "exclusion_notices_created_at_idx" ON "exclusion_notices" USING btree ("created_at");
  CREATE INDEX "signed_documents_kind_idx" ON "signed_documents" USING btree ("kind");
  CREATE INDEX "signed_documents_offender_idx" ON "signed_documents" USING btree ("offender_id");
  CREATE INDEX "signed_documents_incident_idx" ON "signed_documents" USING btree ("incident_id");
  CREATE INDEX "signed_documents_sha256_idx" ON "signed_documents" USING btree ("sha256");
  CREATE INDEX "signed_documents_updated_at_idx" ON "signed_documents" USING btree ("updated_at");
  CREATE INDEX "signed_documents_created_at_idx" ON "signed_documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "signed_documents_filename_idx" ON "signed_documents" USING btree ("filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_exclusion_notices_fk" FOREIGN KEY ("exclusion_notices_id") REFERENCES "public"."exclusion_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_signed_documents_fk" FOREIGN KEY ("signed_documents_id") REFERENCES "public"."signed_documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_exclusion_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("exclusion_notices_id");
  CREATE INDEX "payload_locked_documents_rels_signed_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("signed_documents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "exclusion_notices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "signed_documents" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "exclusion_notices" CASCADE;
  DROP TABLE "signed_documents" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_exclusion_notices_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_signed_documents_fk";
  
  DROP INDEX "payload_locked_documents_rels_exclusion_notices_id_idx";
  DROP INDEX "payload_locked_documents_rels_signed_documents_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "exclusion_notices_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "signed_documents_id";
  DROP TYPE "public"."enum_exclusion_notices_stage";
  DROP TYPE "public"."enum_exclusion_notices_outcome";
  DROP TYPE "public"."enum_exclusion_notices_calculation_suggested_stage";
  DROP TYPE "public"."enum_exclusion_notices_service_signature";
  DROP TYPE "public"."enum_signed_documents_kind";`)
}
