import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Every change to the gallery's rows (profiles, their aliases, photos and markers) sends a NOTIFY on
 * `ntars_gallery`, whoever makes it (the app, a job, a script, a cascade from a deleted photo). PostgreSQL
 * delivers it only when the change commits, once per transaction, to every app instance listening; each
 * instance then drops its cached gallery pages (lib/galleryCache, docs/deploy.md).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE OR REPLACE FUNCTION ntars_gallery_changed() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM pg_notify('ntars_gallery', '');
     RETURN NULL;
   END
   $$;
   CREATE TRIGGER ntars_gallery_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "offenders"
     FOR EACH STATEMENT EXECUTE FUNCTION ntars_gallery_changed();
   CREATE TRIGGER ntars_gallery_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "offenders_rels"
     FOR EACH STATEMENT EXECUTE FUNCTION ntars_gallery_changed();
   CREATE TRIGGER ntars_gallery_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "offenders_aliases"
     FOR EACH STATEMENT EXECUTE FUNCTION ntars_gallery_changed();`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TRIGGER IF EXISTS ntars_gallery_changed ON "offenders";
   DROP TRIGGER IF EXISTS ntars_gallery_changed ON "offenders_rels";
   DROP TRIGGER IF EXISTS ntars_gallery_changed ON "offenders_aliases";
   DROP FUNCTION IF EXISTS ntars_gallery_changed();`)
}
