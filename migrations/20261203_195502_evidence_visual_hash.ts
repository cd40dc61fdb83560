import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * A difference hash per evidence image (`visualHash`), so look-alike profiles can be found by photo.
 * Existing images get theirs from `npm run backfill:visual-hashes` (also run by the seed): the hash is
 * computed from the stored file, which may live on UploadThing, and reading every file does not belong in
 * a schema step a deploy waits for. Until then an image simply adds nothing to photo matching.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "evidence" ADD COLUMN "visual_hash" varchar;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "evidence" DROP COLUMN "visual_hash";`)
}
