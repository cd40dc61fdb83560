import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Recognitions record what a court asks of them (the image viewed and its fingerprint, how well and how long
 * the witness knew the person, the viewing conditions) and who reviewed them. Police outcomes become records
 * staff edit (docs/vocabulary.md) instead of a Postgres enum: each record's id is the enum value it replaces,
 * so a report's outcome converts as `value::text`. The rows inserted are written out here (not imported from
 * seed/), so this migration keeps doing the same thing whatever the seed later says.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_recognitions_known_for" AS ENUM('under-month', 'months', 'over-year', 'over-five-years');
  CREATE TYPE "public"."enum_recognitions_how_well" AS ENUM('in-passing', 'spoken-to', 'knows-name', 'knows-well');
  CREATE TYPE "public"."enum_recognitions_how_often" AS ENUM('once-or-twice', 'few-times', 'many-times', 'most-weeks');
  CREATE TYPE "public"."enum_recognitions_last_seen_before" AS ENUM('within-week', 'within-month', 'within-year', 'over-year');
  CREATE TYPE "public"."enum_recognitions_viewing_time" AS ENUM('seconds', 'under-minute', 'minutes', 'over-five-minutes');
  CREATE TYPE "public"."enum_recognitions_distance" AS ENUM('under-2m', '2-5m', '5-15m', 'over-15m');
  CREATE TYPE "public"."enum_recognitions_lighting" AS ENUM('daylight', 'good-artificial', 'poor', 'dark');
  CREATE TYPE "public"."enum_recognitions_obstructions" AS ENUM('none', 'partly-covered', 'mostly-covered', 'view-blocked');
  CREATE TYPE "public"."enum_police_outcomes_counts_as" AS ENUM('none', 'positive', 'no-action');
  CREATE TABLE "police_outcomes" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"counts_as" "enum_police_outcomes_counts_as" DEFAULT 'positive' NOT NULL,
  	"sort_order" numeric DEFAULT 100,
  	"retired" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  INSERT INTO "police_outcomes" ("id", "label", "counts_as", "sort_order") VALUES
    ('none', 'None yet', 'none', 10),
    ('arrest', 'Arrest', 'positive', 20),
    ('caution', 'Caution', 'positive', 30),
    ('community-resolution', 'Community resolution', 'positive', 40),
    ('charge', 'Charge', 'positive', 50),
    ('conviction', 'Conviction', 'positive', 60),
    ('nfa', 'No further action', 'no-action', 70);

  DROP INDEX "incidents_police_police_outcome_idx";
  ALTER TABLE "incidents" ADD COLUMN "police_outcome_id" varchar;
  UPDATE "incidents" SET "police_outcome_id" = "police_outcome"::text WHERE "police_outcome" IS NOT NULL;
  ALTER TABLE "recognitions" ADD COLUMN "viewed_image_id" integer;
  ALTER TABLE "recognitions" ADD COLUMN "viewed_image_sha256" varchar;
  ALTER TABLE "recognitions" ADD COLUMN "known_for" "enum_recognitions_known_for";
  ALTER TABLE "recognitions" ADD COLUMN "how_well" "enum_recognitions_how_well";
  ALTER TABLE "recognitions" ADD COLUMN "how_often" "enum_recognitions_how_often";
  ALTER TABLE "recognitions" ADD COLUMN "last_seen_before" "enum_recognitions_last_seen_before";
  ALTER TABLE "recognitions" ADD COLUMN "viewing_time" "enum_recognitions_viewing_time";
  ALTER TABLE "recognitions" ADD COLUMN "distance" "enum_recognitions_distance";
  ALTER TABLE "recognitions" ADD COLUMN "lighting" "enum_recognitions_lighting";
  ALTER TABLE "recognitions" ADD COLUMN "obstructions" "enum_recognitions_obstructions";
  ALTER TABLE "recognitions" ADD COLUMN "viewing_note" varchar;
  ALTER TABLE "recognitions" ADD COLUMN "reviewed_by_id" integer;
  ALTER TABLE "recognitions" ADD COLUMN "reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "police_outcomes_id" varchar;
  CREATE INDEX "police_outcomes_counts_as_idx" ON "police_outcomes" USING btree ("counts_as");
  CREATE INDEX "police_outcomes_sort_order_idx" ON "police_outcomes" USING btree ("sort_order");
  CREATE INDEX "police_outcomes_retired_idx" ON "police_outcomes" USING btree ("retired");
  CREATE INDEX "police_outcomes_updated_at_idx" ON "police_outcomes" USING btree ("updated_at");
  CREATE INDEX "police_outcomes_created_at_idx" ON "police_outcomes" USING btree ("created_at");
  ALTER TABLE "incidents" ADD CONSTRAINT "incidents_police_outcome_id_police_outcomes_id_fk" FOREIGN KEY ("police_outcome_id") REFERENCES "public"."police_outcomes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_viewed_image_id_evidence_id_fk" FOREIGN KEY ("viewed_image_id") REFERENCES "public"."evidence"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_police_outcomes_fk" FOREIGN KEY ("police_outcomes_id") REFERENCES "public"."police_outcomes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "recognitions_viewed_image_idx" ON "recognitions" USING btree ("viewed_image_id");
  CREATE INDEX "recognitions_reviewed_by_idx" ON "recognitions" USING btree ("reviewed_by_id");
  CREATE INDEX "payload_locked_documents_rels_police_outcomes_id_idx" ON "payload_locked_documents_rels" USING btree ("police_outcomes_id");
  CREATE INDEX "incidents_police_police_outcome_idx" ON "incidents" USING btree ("police_outcome_id");
  ALTER TABLE "incidents" DROP COLUMN "police_outcome";
  DROP TYPE "public"."enum_incidents_police_outcome";`)
}

/** Back to the enum: outcomes it knows are kept; any other (caution, community resolution, a scheme's own) becomes 'none'. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_incidents_police_outcome" AS ENUM('none', 'arrest', 'charge', 'conviction', 'nfa');
  ALTER TABLE "incidents" DROP CONSTRAINT "incidents_police_outcome_id_police_outcomes_id_fk";
  
  ALTER TABLE "recognitions" DROP CONSTRAINT "recognitions_viewed_image_id_evidence_id_fk";
  
  ALTER TABLE "recognitions" DROP CONSTRAINT "recognitions_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_police_outcomes_fk";
  
  DROP INDEX "recognitions_viewed_image_idx";
  DROP INDEX "recognitions_reviewed_by_idx";
  DROP INDEX "payload_locked_documents_rels_police_outcomes_id_idx";
  DROP INDEX "incidents_police_police_outcome_idx";
  ALTER TABLE "incidents" ADD COLUMN "police_outcome" "enum_incidents_police_outcome" DEFAULT 'none';
  UPDATE "incidents" SET "police_outcome" = CASE
    WHEN "police_outcome_id" IN ('none', 'arrest', 'charge', 'conviction', 'nfa')
      THEN "police_outcome_id"::"enum_incidents_police_outcome"
    WHEN "police_outcome_id" IS NULL THEN NULL
    ELSE 'none' END;
  CREATE INDEX "incidents_police_police_outcome_idx" ON "incidents" USING btree ("police_outcome");
  ALTER TABLE "incidents" DROP COLUMN "police_outcome_id";
  ALTER TABLE "recognitions" DROP COLUMN "viewed_image_id";
  ALTER TABLE "recognitions" DROP COLUMN "viewed_image_sha256";
  ALTER TABLE "recognitions" DROP COLUMN "known_for";
  ALTER TABLE "recognitions" DROP COLUMN "how_well";
  ALTER TABLE "recognitions" DROP COLUMN "how_often";
  ALTER TABLE "recognitions" DROP COLUMN "last_seen_before";
  ALTER TABLE "recognitions" DROP COLUMN "viewing_time";
  ALTER TABLE "recognitions" DROP COLUMN "distance";
  ALTER TABLE "recognitions" DROP COLUMN "lighting";
  ALTER TABLE "recognitions" DROP COLUMN "obstructions";
  ALTER TABLE "recognitions" DROP COLUMN "viewing_note";
  ALTER TABLE "recognitions" DROP COLUMN "reviewed_by_id";
  ALTER TABLE "recognitions" DROP COLUMN "reviewed_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "police_outcomes_id";
  DROP TABLE "police_outcomes" CASCADE;
  DROP TYPE "public"."enum_recognitions_known_for";
  DROP TYPE "public"."enum_recognitions_how_well";
  DROP TYPE "public"."enum_recognitions_how_often";
  DROP TYPE "public"."enum_recognitions_last_seen_before";
  DROP TYPE "public"."enum_recognitions_viewing_time";
  DROP TYPE "public"."enum_recognitions_distance";
  DROP TYPE "public"."enum_recognitions_lighting";
  DROP TYPE "public"."enum_recognitions_obstructions";
  DROP TYPE "public"."enum_police_outcomes_counts_as";`)
}
