import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Exclusions become a history of notices. The schema part adds the notice calculator's settings and the
 * profile's `currentNotice` link, and drops the profile's `notice` subgroup (serving lives on the notice now).
 * The data part gives every profile with an exclusion record one notice carrying its stage, dates and who
 * served it, then points the profile's mirror at it. `down` puts the serving details back on the profiles
 * from their latest notice and leaves the notices (their table belongs to the previous migration), so
 * running `up` again skips profiles that already have one.
 */

// Why a converted notice has no calculation: shown on the notice, where staff read the override reason.
const convertedReason =
  'Converted from the profile’s single exclusion record when notices became a history: no calculation was made.'

/**
 * One notice per profile with a stage or a start date and no notice yet. A record whose stage had already
 * gone back to "none" lost which stage it was: it becomes a warning, the lesser sanction, so an unknown
 * past is never recorded against the person as a red exclusion. Running while it has not ended; otherwise
 * expired. Then the mirror: the running notice's id, and stage "none" where the record had ended by date.
 */
const convertProfilesToNotices = async (db: MigrateUpArgs['db']) => {
  await db.execute(sql`
  INSERT INTO "exclusion_notices" ("offender_id", "stage", "outcome", "starts_at", "ends_at", "appeal_from",
    "last_breach_at", "calculation_override_reason", "service_served_at", "service_served_by_name",
    "retain_until", "created_at", "updated_at")
  SELECT o."id",
    (CASE WHEN o."exclusion_stage" = 'exclusion' THEN 'exclusion' ELSE 'warning' END)::"enum_exclusion_notices_stage",
    (CASE WHEN o."exclusion_stage" IN ('warning', 'exclusion')
            AND (o."exclusion_ends_at" IS NULL OR o."exclusion_ends_at" > now())
          THEN 'running' ELSE 'expired' END)::"enum_exclusion_notices_outcome",
    coalesce(o."exclusion_starts_at", o."created_at"),
    o."exclusion_ends_at",
    o."exclusion_appeal_from",
    o."exclusion_last_breach_at",
    ${convertedReason},
    o."exclusion_notice_served_at",
    left(o."exclusion_notice_served_by", 120),
    o."exclusion_ends_at" + make_interval(months => coalesce(
      (SELECT s."exclusions_notice_retention_months"::int FROM "scheme_settings" s LIMIT 1), 24)),
    now(), now()
  FROM "offenders" o
  WHERE (o."exclusion_stage" IN ('warning', 'exclusion') OR o."exclusion_starts_at" IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM "exclusion_notices" n WHERE n."offender_id" = o."id")`)
  // A query with a bound value holds one statement: the mirror updates follow in their own.
  await db.execute(sql`
  UPDATE "offenders" o SET "exclusion_current_notice_id" = n."id"
  FROM "exclusion_notices" n
  WHERE n."offender_id" = o."id" AND n."outcome" = 'running' AND o."exclusion_current_notice_id" IS NULL;
  UPDATE "offenders" o SET "exclusion_stage" = 'none'
  WHERE o."exclusion_stage" IN ('warning', 'exclusion') AND o."exclusion_current_notice_id" IS NULL;`)
}

/** Serving details back on each profile, from its running notice or else its latest one. */
const restoreServiceOnProfiles = async (db: MigrateDownArgs['db']) => {
  await db.execute(sql`
  UPDATE "offenders" o SET "exclusion_notice_served_at" = latest."service_served_at",
    "exclusion_notice_served_by" = latest."service_served_by_name"
  FROM (
    SELECT DISTINCT ON (n."offender_id") n."offender_id", n."service_served_at", n."service_served_by_name"
    FROM "exclusion_notices" n
    WHERE n."outcome" <> 'withdrawn'
    ORDER BY n."offender_id", (n."outcome" = 'running') DESC, n."starts_at" DESC
  ) latest
  WHERE latest."offender_id" = o."id";`)
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "scheme_settings_exclusions_points_by_type" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"incident_type_id" varchar,
  	"points" numeric DEFAULT 1 NOT NULL
  );
  
  ALTER TABLE "offenders" ADD COLUMN "exclusion_current_notice_id" integer;
  ALTER TABLE "scheme_settings" ADD COLUMN "exclusions_window_months" numeric DEFAULT 12 NOT NULL;
  ALTER TABLE "scheme_settings" ADD COLUMN "exclusions_default_points" numeric DEFAULT 1 NOT NULL;
  ALTER TABLE "scheme_settings" ADD COLUMN "exclusions_breach_points" numeric DEFAULT 5 NOT NULL;
  ALTER TABLE "scheme_settings" ADD COLUMN "exclusions_exclusion_threshold" numeric DEFAULT 6 NOT NULL;
  ALTER TABLE "scheme_settings" ADD COLUMN "exclusions_warning_threshold" numeric DEFAULT 3 NOT NULL;
  ALTER TABLE "scheme_settings" ADD COLUMN "exclusions_warning_duration_months" numeric DEFAULT 6 NOT NULL;
  ALTER TABLE "scheme_settings" ADD COLUMN "exclusions_warning_appeal_after_months" numeric DEFAULT 3 NOT NULL;
  ALTER TABLE "scheme_settings" ADD COLUMN "exclusions_notice_retention_months" numeric DEFAULT 24 NOT NULL;
  ALTER TABLE "scheme_settings_exclusions_points_by_type" ADD CONSTRAINT "scheme_settings_exclusions_points_by_type_incident_type_id_incident_types_id_fk" FOREIGN KEY ("incident_type_id") REFERENCES "public"."incident_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scheme_settings_exclusions_points_by_type" ADD CONSTRAINT "scheme_settings_exclusions_points_by_type_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."scheme_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "scheme_settings_exclusions_points_by_type_order_idx" ON "scheme_settings_exclusions_points_by_type" USING btree ("_order");
  CREATE INDEX "scheme_settings_exclusions_points_by_type_parent_id_idx" ON "scheme_settings_exclusions_points_by_type" USING btree ("_parent_id");
  CREATE INDEX "scheme_settings_exclusions_points_by_type_incident_type_idx" ON "scheme_settings_exclusions_points_by_type" USING btree ("incident_type_id");
  ALTER TABLE "offenders" ADD CONSTRAINT "offenders_exclusion_current_notice_id_exclusion_notices_id_fk" FOREIGN KEY ("exclusion_current_notice_id") REFERENCES "public"."exclusion_notices"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "offenders_exclusion_exclusion_starts_at_idx" ON "offenders" USING btree ("exclusion_starts_at");
  CREATE INDEX "offenders_exclusion_exclusion_current_notice_idx" ON "offenders" USING btree ("exclusion_current_notice_id");`)
  await convertProfilesToNotices(db)
  await db.execute(sql`
    ALTER TABLE "offenders" DROP COLUMN "exclusion_notice_served_at";
  ALTER TABLE "offenders" DROP COLUMN "exclusion_notice_served_by";
  ALTER TABLE "offenders" DROP COLUMN "exclusion_notice_method";
  DROP TYPE "public"."enum_offenders_exclusion_notice_method";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_offenders_exclusion_notice_method" AS ENUM('in-person', 'post', 'police');
  ALTER TABLE "scheme_settings_exclusions_points_by_type" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "scheme_settings_exclusions_points_by_type" CASCADE;
  ALTER TABLE "offenders" DROP CONSTRAINT "offenders_exclusion_current_notice_id_exclusion_notices_id_fk";
  
  DROP INDEX "offenders_exclusion_exclusion_starts_at_idx";
  DROP INDEX "offenders_exclusion_exclusion_current_notice_idx";
  ALTER TABLE "offenders" ADD COLUMN "exclusion_notice_served_at" timestamp(3) with time zone;
  ALTER TABLE "offenders" ADD COLUMN "exclusion_notice_served_by" varchar;
  ALTER TABLE "offenders" ADD COLUMN "exclusion_notice_method" "enum_offenders_exclusion_notice_method";`)
  await restoreServiceOnProfiles(db)
  await db.execute(sql`
    ALTER TABLE "offenders" DROP COLUMN "exclusion_current_notice_id";
  ALTER TABLE "scheme_settings" DROP COLUMN "exclusions_window_months";
  ALTER TABLE "scheme_settings" DROP COLUMN "exclusions_default_points";
  ALTER TABLE "scheme_settings" DROP COLUMN "exclusions_breach_points";
  ALTER TABLE "scheme_settings" DROP COLUMN "exclusions_exclusion_threshold";
  ALTER TABLE "scheme_settings" DROP COLUMN "exclusions_warning_threshold";
  ALTER TABLE "scheme_settings" DROP COLUMN "exclusions_warning_duration_months";
  ALTER TABLE "scheme_settings" DROP COLUMN "exclusions_warning_appeal_after_months";
  ALTER TABLE "scheme_settings" DROP COLUMN "exclusions_notice_retention_months";`)
}
