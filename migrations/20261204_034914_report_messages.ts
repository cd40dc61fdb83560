import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_report_messages_kind" AS ENUM('question', 'cctv-request', 'reply');
  CREATE TYPE "public"."enum_report_messages_author_role" AS ENUM('police', 'scheme', 'reporter', 'business-manager');
  CREATE TABLE "report_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"incident_id" integer NOT NULL,
  	"kind" "enum_report_messages_kind" NOT NULL,
  	"body" varchar NOT NULL,
  	"cctv_from" timestamp(3) with time zone,
  	"cctv_to" timestamp(3) with time zone,
  	"cctv_place" varchar,
  	"author_role" "enum_report_messages_author_role",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "report_messages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"evidence_id" integer,
  	"users_id" integer,
  	"members_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_messages_id" integer;
  ALTER TABLE "report_messages" ADD CONSTRAINT "report_messages_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_messages_rels" ADD CONSTRAINT "report_messages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."report_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "report_messages_rels" ADD CONSTRAINT "report_messages_rels_evidence_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "report_messages_rels" ADD CONSTRAINT "report_messages_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "report_messages_rels" ADD CONSTRAINT "report_messages_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "report_messages_incident_idx" ON "report_messages" USING btree ("incident_id");
  CREATE INDEX "report_messages_kind_idx" ON "report_messages" USING btree ("kind");
  CREATE INDEX "report_messages_updated_at_idx" ON "report_messages" USING btree ("updated_at");
  CREATE INDEX "report_messages_created_at_idx" ON "report_messages" USING btree ("created_at");
  CREATE INDEX "report_messages_rels_order_idx" ON "report_messages_rels" USING btree ("order");
  CREATE INDEX "report_messages_rels_parent_idx" ON "report_messages_rels" USING btree ("parent_id");
  CREATE INDEX "report_messages_rels_path_idx" ON "report_messages_rels" USING btree ("path");
  CREATE INDEX "report_messages_rels_evidence_id_idx" ON "report_messages_rels" USING btree ("evidence_id");
  CREATE INDEX "report_messages_rels_users_id_idx" ON "report_messages_rels" USING btree ("users_id");
  CREATE INDEX "report_messages_rels_members_id_idx" ON "report_messages_rels" USING btree ("members_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_messages_fk" FOREIGN KEY ("report_messages_id") REFERENCES "public"."report_messages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_report_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("report_messages_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "report_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_messages_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "report_messages" CASCADE;
  DROP TABLE "report_messages_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_messages_fk";
  
  DROP INDEX "payload_locked_documents_rels_report_messages_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_messages_id";
  DROP TYPE "public"."enum_report_messages_kind";
  DROP TYPE "public"."enum_report_messages_author_role";`)
}
