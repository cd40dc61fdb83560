import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The gallery searches one column, offenders.search_text (collections/Offenders/hooks/deriveSearchText.ts),
 * through a trigram index: `ilike '%word%'` on it is an index scan, where the search over the profile's
 * columns and its aliases' table read every profile. pg_trgm ships with PostgreSQL (contrib) and is a
 * trusted extension: the database's owner may create it without being a superuser.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "offenders" ADD COLUMN "search_text" varchar;`)
  // The same text the hook builds: the display name, the aliases in order, then the appearance fields.
  await db.execute(sql`
   UPDATE "offenders" o SET "search_text" = nullif(concat_ws(E'\n',
     nullif(btrim(o."display_name"), ''),
     (SELECT string_agg(a."alias", E'\n' ORDER BY a."_order") FROM "offenders_aliases" a
       WHERE a."_parent_id" = o."id" AND btrim(a."alias") <> ''),
     nullif(btrim(o."appearance_distinguishing_features"), ''),
     nullif(btrim(o."appearance_usual_clothing"), '')), '');`)
  await db.execute(sql`
   CREATE EXTENSION IF NOT EXISTS pg_trgm;
   CREATE INDEX "offenders_search_text_trgm_idx" ON "offenders" USING gin ("search_text" gin_trgm_ops);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The extension stays: other databases' objects or a later migration may use it, and it holds no data.
  await db.execute(sql`
   DROP INDEX IF EXISTS "offenders_search_text_trgm_idx";
   ALTER TABLE "offenders" DROP COLUMN "search_text";`)
}
