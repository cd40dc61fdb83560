import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Incident types, warning markers and partner agencies become records staff edit (docs/vocabulary.md)
 * instead of Postgres enums. Each record's id is its key, the enum value it replaces, so converting a row is
 * `value::text`: every report keeps its type, every profile its markers, every partner account its agency.
 * The rows inserted are the vocabulary the enums held, written out here (not imported from seed/) so this
 * migration keeps doing the same thing whatever the seed later says. Partner remits and gallery rights are
 * those the code held (collections/Incidents/access/partnerRemit.ts before this change).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`

   CREATE TYPE "public"."enum_incident_types_meaning" AS ENUM('offence', 'welfare', 'exclusion-breach');
  CREATE TABLE "incident_types" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"meaning" "enum_incident_types_meaning" DEFAULT 'offence' NOT NULL,
  	"asks_value" boolean DEFAULT true,
  	"sort_order" numeric DEFAULT 100,
  	"retired" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "warning_markers" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"retired" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "partner_agencies" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"list_heading" varchar DEFAULT 'Reports' NOT NULL,
  	"sees_gallery" boolean DEFAULT false,
  	"follows_safeguarded_people" boolean DEFAULT false,
  	"retired" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "partner_agencies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" varchar NOT NULL,
  	"path" varchar NOT NULL,
  	"incident_types_id" varchar
  );

  INSERT INTO "incident_types" ("id", "label", "meaning", "asks_value", "sort_order") VALUES
    ('theft', 'Theft', 'offence', true, 10),
    ('abuse-to-staff', 'Abuse or threats to staff', 'offence', true, 20),
    ('violence', 'Violence', 'offence', true, 30),
    ('criminal-damage', 'Criminal damage', 'offence', true, 40),
    ('asb', 'Anti-social behaviour', 'offence', true, 50),
    ('begging', 'Begging', 'offence', true, 60),
    ('street-drinking', 'Street drinking', 'offence', true, 70),
    ('drugs', 'Drugs', 'offence', true, 80),
    ('exclusion-breach', 'Exclusion breach', 'exclusion-breach', true, 90),
    ('welfare-concern', 'Welfare concern', 'welfare', true, 100),
    ('other', 'Other', 'offence', true, 110);
  INSERT INTO "warning_markers" ("id", "label") VALUES
    ('violence', 'Violence'),
    ('weapons', 'Weapons'),
    ('drugs', 'Drugs'),
    ('threats', 'Threatening behaviour'),
    ('group', 'Works in a group'),
    ('prolific', 'Prolific');
  INSERT INTO "partner_agencies" ("id", "name", "list_heading", "sees_gallery", "follows_safeguarded_people") VALUES
    ('asb-unit', 'Council ASB unit', 'ASB reports', true, false),
    ('outreach', 'Outreach', 'Welfare concerns', false, true);
  INSERT INTO "partner_agencies_rels" ("order", "parent_id", "path", "incident_types_id") VALUES
    (1, 'asb-unit', 'remit', 'asb'),
    (2, 'asb-unit', 'remit', 'begging'),
    (3, 'asb-unit', 'remit', 'street-drinking'),
    (4, 'asb-unit', 'remit', 'drugs'),
    (5, 'asb-unit', 'remit', 'criminal-damage'),
    (6, 'asb-unit', 'remit', 'exclusion-breach'),
    (1, 'outreach', 'remit', 'welfare-concern');

  ALTER TABLE "members" ADD COLUMN "agency_id" varchar;
  UPDATE "members" SET "agency_id" = "agency"::text WHERE "agency" IS NOT NULL;
  ALTER TABLE "incidents" ADD COLUMN "type_id" varchar;
  UPDATE "incidents" SET "type_id" = "type"::text;
  ALTER TABLE "incidents" ALTER COLUMN "type_id" SET NOT NULL;
  ALTER TABLE "offenders_rels" ADD COLUMN "warning_markers_id" varchar;
  INSERT INTO "offenders_rels" ("order", "parent_id", "path", "warning_markers_id")
    SELECT "order", "parent_id", 'warningMarkers', "value"::text FROM "offenders_warning_markers"
    WHERE "value" IS NOT NULL;

  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "incident_types_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "warning_markers_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "partner_agencies_id" varchar;
  ALTER TABLE "partner_agencies_rels" ADD CONSTRAINT "partner_agencies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partner_agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partner_agencies_rels" ADD CONSTRAINT "partner_agencies_rels_incident_types_fk" FOREIGN KEY ("incident_types_id") REFERENCES "public"."incident_types"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "incident_types_meaning_idx" ON "incident_types" USING btree ("meaning");
  CREATE INDEX "incident_types_sort_order_idx" ON "incident_types" USING btree ("sort_order");
  CREATE INDEX "incident_types_retired_idx" ON "incident_types" USING btree ("retired");
  CREATE INDEX "incident_types_updated_at_idx" ON "incident_types" USING btree ("updated_at");
  CREATE INDEX "incident_types_created_at_idx" ON "incident_types" USING btree ("created_at");
  CREATE INDEX "warning_markers_retired_idx" ON "warning_markers" USING btree ("retired");
  CREATE INDEX "warning_markers_updated_at_idx" ON "warning_markers" USING btree ("updated_at");
  CREATE INDEX "warning_markers_created_at_idx" ON "warning_markers" USING btree ("created_at");
  CREATE INDEX "partner_agencies_retired_idx" ON "partner_agencies" USING btree ("retired");
  CREATE INDEX "partner_agencies_updated_at_idx" ON "partner_agencies" USING btree ("updated_at");
  CREATE INDEX "partner_agencies_created_at_idx" ON "partner_agencies" USING btree ("created_at");
  CREATE INDEX "partner_agencies_rels_order_idx" ON "partner_agencies_rels" USING btree ("order");
  CREATE INDEX "partner_agencies_rels_parent_idx" ON "partner_agencies_rels" USING btree ("parent_id");
  CREATE INDEX "partner_agencies_rels_path_idx" ON "partner_agencies_rels" USING btree ("path");
  CREATE INDEX "partner_agencies_rels_incident_types_id_idx" ON "partner_agencies_rels" USING btree ("incident_types_id");
  ALTER TABLE "members" ADD CONSTRAINT "members_agency_id_partner_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."partner_agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "incidents" ADD CONSTRAINT "incidents_type_id_incident_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."incident_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offenders_rels" ADD CONSTRAINT "offenders_rels_warning_markers_fk" FOREIGN KEY ("warning_markers_id") REFERENCES "public"."warning_markers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_incident_types_fk" FOREIGN KEY ("incident_types_id") REFERENCES "public"."incident_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_warning_markers_fk" FOREIGN KEY ("warning_markers_id") REFERENCES "public"."warning_markers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partner_agencies_fk" FOREIGN KEY ("partner_agencies_id") REFERENCES "public"."partner_agencies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "members_agency_idx" ON "members" USING btree ("agency_id");
  CREATE INDEX "offenders_rels_warning_markers_id_idx" ON "offenders_rels" USING btree ("warning_markers_id");
  CREATE INDEX "payload_locked_documents_rels_incident_types_id_idx" ON "payload_locked_documents_rels" USING btree ("incident_types_id");
  CREATE INDEX "payload_locked_documents_rels_warning_markers_id_idx" ON "payload_locked_documents_rels" USING btree ("warning_markers_id");
  CREATE INDEX "payload_locked_documents_rels_partner_agencies_id_idx" ON "payload_locked_documents_rels" USING btree ("partner_agencies_id");
  DROP INDEX "incidents_type_idx";
  CREATE INDEX "incidents_type_idx" ON "incidents" USING btree ("type_id");
  ALTER TABLE "members" DROP COLUMN "agency";
  ALTER TABLE "incidents" DROP COLUMN "type";
  DROP TABLE "offenders_warning_markers" CASCADE;
  DROP TYPE "public"."enum_members_agency";
  DROP TYPE "public"."enum_incidents_type";
  DROP TYPE "public"."enum_offenders_warning_markers";`)
}

/** Back to enums: keys the enums know are kept; a report of a type they do not know becomes 'other'. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_members_agency" AS ENUM('asb-unit', 'outreach');
  CREATE TYPE "public"."enum_incidents_type" AS ENUM('theft', 'abuse-to-staff', 'violence', 'criminal-damage', 'asb', 'begging', 'street-drinking', 'drugs', 'exclusion-breach', 'welfare-concern', 'other');
  CREATE TYPE "public"."enum_offenders_warning_markers" AS ENUM('violence', 'weapons', 'drugs', 'threats', 'group', 'prolific');
  CREATE TABLE "offenders_warning_markers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_offenders_warning_markers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "members" DROP CONSTRAINT "members_agency_id_partner_agencies_id_fk";
  
  ALTER TABLE "incidents" DROP CONSTRAINT "incidents_type_id_incident_types_id_fk";
  
  ALTER TABLE "offenders_rels" DROP CONSTRAINT "offenders_rels_warning_markers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_incident_types_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_warning_markers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_partner_agencies_fk";
  
  DROP INDEX "members_agency_idx";
  DROP INDEX "offenders_rels_warning_markers_id_idx";
  DROP INDEX "payload_locked_documents_rels_incident_types_id_idx";
  DROP INDEX "payload_locked_documents_rels_warning_markers_id_idx";
  DROP INDEX "payload_locked_documents_rels_partner_agencies_id_idx";
  DROP INDEX "incidents_type_idx";
  ALTER TABLE "members" ADD COLUMN "agency" "enum_members_agency";
  ALTER TABLE "incidents" ADD COLUMN "type" "enum_incidents_type";
  ALTER TABLE "offenders_warning_markers" ADD CONSTRAINT "offenders_warning_markers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offenders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "offenders_warning_markers_order_idx" ON "offenders_warning_markers" USING btree ("order");
  CREATE INDEX "offenders_warning_markers_parent_idx" ON "offenders_warning_markers" USING btree ("parent_id");
  CREATE INDEX "offenders_warning_markers_value_idx" ON "offenders_warning_markers" USING btree ("value");
  CREATE INDEX "incidents_type_idx" ON "incidents" USING btree ("type");
  UPDATE "members" SET "agency" = "agency_id"::"enum_members_agency"
    WHERE "agency_id" IN (SELECT unnest(enum_range(NULL::"enum_members_agency"))::text);
  UPDATE "incidents" SET "type" = CASE
    WHEN "type_id" IN (SELECT unnest(enum_range(NULL::"enum_incidents_type"))::text)
    THEN "type_id"::"enum_incidents_type" ELSE 'other' END;
  ALTER TABLE "incidents" ALTER COLUMN "type" SET NOT NULL;
  INSERT INTO "offenders_warning_markers" ("order", "parent_id", "value")
    SELECT "order", "parent_id", "warning_markers_id"::"enum_offenders_warning_markers" FROM "offenders_rels"
    WHERE "path" = 'warningMarkers'
      AND "warning_markers_id" IN (SELECT unnest(enum_range(NULL::"enum_offenders_warning_markers"))::text);
  DELETE FROM "offenders_rels" WHERE "path" = 'warningMarkers';
  ALTER TABLE "members" DROP COLUMN "agency_id";
  ALTER TABLE "incidents" DROP COLUMN "type_id";
  ALTER TABLE "offenders_rels" DROP COLUMN "warning_markers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "incident_types_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "warning_markers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "partner_agencies_id";
  ALTER TABLE "incident_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "warning_markers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partner_agencies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partner_agencies_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "incident_types" CASCADE;
  DROP TABLE "warning_markers" CASCADE;
  DROP TABLE "partner_agencies" CASCADE;
  DROP TABLE "partner_agencies_rels" CASCADE;
  DROP TYPE "public"."enum_incident_types_meaning";`)
}
