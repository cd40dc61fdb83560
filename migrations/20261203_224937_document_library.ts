import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_documents_audience" AS ENUM('all-members', 'business-managers', 'police', 'partners');
  CREATE TYPE "public"."enum_documents_kind" AS ENUM('scheme-rules', 'sharing-agreement', 'dpia-summary', 'training-guide', 'exclusion-zone-map', 'other');
  CREATE TABLE "documents_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_documents_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_documents_kind" NOT NULL,
  	"summary" varchar,
  	"required" boolean DEFAULT false,
  	"accept_on_joining" boolean DEFAULT false,
  	"retired" boolean DEFAULT false,
  	"current_version_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "document_versions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" integer NOT NULL,
  	"version_label" varchar NOT NULL,
  	"change_note" varchar,
  	"published_at" timestamp(3) with time zone,
  	"sha256" varchar,
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
  
  CREATE TABLE "document_reads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"member_id" integer,
  	"document_id" integer NOT NULL,
  	"version_id" integer NOT NULL,
  	"first_opened_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "document_acceptances" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"member_id" integer,
  	"business_id" integer,
  	"document_id" integer NOT NULL,
  	"version_id" integer NOT NULL,
  	"accepted_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_versions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_reads_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_acceptances_id" integer;
  ALTER TABLE "documents_audience" ADD CONSTRAINT "documents_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_current_version_id_document_versions_id_fk" FOREIGN KEY ("current_version_id") REFERENCES "public"."document_versions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_reads" ADD CONSTRAINT "document_reads_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_reads" ADD CONSTRAINT "document_reads_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_reads" ADD CONSTRAINT "document_reads_version_id_document_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."document_versions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_acceptances" ADD CONSTRAINT "document_acceptances_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_acceptances" ADD CONSTRAINT "document_acceptances_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_acceptances" ADD CONSTRAINT "document_acceptances_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_acceptances" ADD CONSTRAINT "document_acceptances_version_id_document_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."document_versions"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "documents_audience_order_idx" ON "documents_audience" USING btree ("order");
  CREATE INDEX "documents_audience_parent_idx" ON "documents_audience" USING btree ("parent_id");
  CREATE INDEX "documents_audience_value_idx" ON "documents_audience" USING btree ("value");
  CREATE INDEX "documents_title_idx" ON "documents" USING btree ("title");
  CREATE INDEX "documents_kind_idx" ON "documents" USING btree ("kind");
  CREATE INDEX "documents_required_idx" ON "documents" USING btree ("required");
  CREATE INDEX "documents_accept_on_joining_idx" ON "documents" USING btree ("accept_on_joining");
  CREATE INDEX "documents_retired_idx" ON "documents" USING btree ("retired");
  CREATE INDEX "documents_current_version_idx" ON "documents" USING btree ("current_version_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE INDEX "document_versions_document_idx" ON "document_versions" USING btree ("document_id");
  CREATE INDEX "document_versions_published_at_idx" ON "document_versions" USING btree ("published_at");
  CREATE INDEX "document_versions_sha256_idx" ON "document_versions" USING btree ("sha256");
  CREATE INDEX "document_versions_updated_at_idx" ON "document_versions" USING btree ("updated_at");
  CREATE INDEX "document_versions_created_at_idx" ON "document_versions" USING btree ("created_at");
  CREATE UNIQUE INDEX "document_versions_filename_idx" ON "document_versions" USING btree ("filename");
  CREATE INDEX "document_reads_member_idx" ON "document_reads" USING btree ("member_id");
  CREATE INDEX "document_reads_document_idx" ON "document_reads" USING btree ("document_id");
  CREATE INDEX "document_reads_version_idx" ON "document_reads" USING btree ("version_id");
  CREATE INDEX "document_reads_first_opened_at_idx" ON "document_reads" USING btree ("first_opened_at");
  CREATE INDEX "document_reads_updated_at_idx" ON "document_reads" USING btree ("updated_at");
  CREATE INDEX "document_reads_created_at_idx" ON "document_reads" USING btree ("created_at");
  CREATE UNIQUE INDEX "member_version_idx" ON "document_reads" USING btree ("member_id","version_id");
  CREATE INDEX "document_acceptances_member_idx" ON "document_acceptances" USING btree ("member_id");
  CREATE INDEX "document_acceptances_business_idx" ON "document_acceptances" USING btree ("business_id");
  CREATE INDEX "document_acceptances_document_idx" ON "document_acceptances" USING btree ("document_id");
  CREATE INDEX "document_acceptances_version_idx" ON "document_acceptances" USING btree ("version_id");
  CREATE INDEX "document_acceptances_accepted_at_idx" ON "document_acceptances" USING btree ("accepted_at");
  CREATE INDEX "document_acceptances_updated_at_idx" ON "document_acceptances" USING btree ("updated_at");
  CREATE INDEX "document_acceptances_created_at_idx" ON "document_acceptances" USING btree ("created_at");
  CREATE UNIQUE INDEX "business_version_idx" ON "document_acceptances" USING btree ("business_id","version_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_versions_fk" FOREIGN KEY ("document_versions_id") REFERENCES "public"."document_versions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_reads_fk" FOREIGN KEY ("document_reads_id") REFERENCES "public"."document_reads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_acceptances_fk" FOREIGN KEY ("document_acceptances_id") REFERENCES "public"."document_acceptances"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_document_versions_id_idx" ON "payload_locked_documents_rels" USING btree ("document_versions_id");
  CREATE INDEX "payload_locked_documents_rels_document_reads_id_idx" ON "payload_locked_documents_rels" USING btree ("document_reads_id");
  CREATE INDEX "payload_locked_documents_rels_document_acceptances_id_idx" ON "payload_locked_documents_rels" USING btree ("document_acceptances_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents_audience" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_versions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_reads" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_acceptances" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "documents_audience" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "document_versions" CASCADE;
  DROP TABLE "document_reads" CASCADE;
  DROP TABLE "document_acceptances" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_versions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_reads_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_acceptances_fk";
  
  DROP INDEX "payload_locked_documents_rels_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_versions_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_reads_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_acceptances_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_versions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_reads_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_acceptances_id";
  DROP TYPE "public"."enum_documents_audience";
  DROP TYPE "public"."enum_documents_kind";`)
}
