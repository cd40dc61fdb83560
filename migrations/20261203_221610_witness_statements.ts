import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_witness_statements_status" AS ENUM('draft', 'awaiting-signature', 'signed', 'withdrawn');
  CREATE TABLE "witness_statements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"incident_id" integer NOT NULL,
  	"status" "enum_witness_statements_status" DEFAULT 'draft' NOT NULL,
  	"reporter_id" integer,
  	"request_note" varchar,
  	"witness_name" varchar,
  	"occupation" varchar,
  	"over18" boolean DEFAULT true,
  	"body" varchar NOT NULL,
  	"declaration_accepted" boolean DEFAULT false,
  	"signed_at" timestamp(3) with time zone,
  	"signed_document_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "witness_statements_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"members_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "witness_statements_id" integer;
  ALTER TABLE "witness_statements" ADD CONSTRAINT "witness_statements_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "witness_statements" ADD CONSTRAINT "witness_statements_reporter_id_members_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "witness_statements" ADD CONSTRAINT "witness_statements_signed_document_id_signed_documents_id_fk" FOREIGN KEY ("signed_document_id") REFERENCES "public"."signed_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "witness_statements_rels" ADD CONSTRAINT "witness_statements_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."witness_statements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "witness_statements_rels" ADD CONSTRAINT "witness_statements_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "witness_statements_rels" ADD CONSTRAINT "witness_statements_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "witness_statements_incident_idx" ON "witness_statements" USING btree ("incident_id");
  CREATE INDEX "witness_statements_status_idx" ON "witness_statements" USING btree ("status");
  CREATE INDEX "witness_statements_reporter_idx" ON "witness_statements" USING btree ("reporter_id");
  CREATE INDEX "witness_statements_signed_at_idx" ON "witness_statements" USING btree ("signed_at");
  CREATE INDEX "witness_statements_signed_document_idx" ON "witness_statements" USING btree ("signed_document_id");
  CREATE INDEX "witness_statements_updated_at_idx" ON "witness_statements" USING btree ("updated_at");
  CREATE INDEX "witness_statements_created_at_idx" ON "witness_statements" USING btree ("created_at");
  CREATE INDEX "witness_statements_rels_order_idx" ON "witness_statements_rels" USING btree ("order");
  CREATE INDEX "witness_statements_rels_parent_idx" ON "witness_statements_rels" USING btree ("parent_id");
  CREATE INDEX "witness_statements_rels_path_idx" ON "witness_statements_rels" USING btree ("path");
  CREATE INDEX "witness_statements_rels_users_id_idx" ON "witness_statements_rels" USING btree ("users_id");
  CREATE INDEX "witness_statements_rels_members_id_idx" ON "witness_statements_rels" USING btree ("members_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_witness_statements_fk" FOREIGN KEY ("witness_statements_id") REFERENCES "public"."witness_statements"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_witness_statements_id_idx" ON "payload_locked_documents_rels" USING btree ("witness_statements_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "witness_statements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "witness_statements_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "witness_statements" CASCADE;
  DROP TABLE "witness_statements_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_witness_statements_fk";
  
  DROP INDEX "payload_locked_documents_rels_witness_statements_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "witness_statements_id";
  DROP TYPE "public"."enum_witness_statements_status";`)
}
