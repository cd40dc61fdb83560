import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The scheme's identity in its settings (docs/scheme-identity.md): reference prefix, logo, icon and brand
 * colour. The existing settings row takes the values the code had fixed until now (prefix NT, colour
 * #0b3d5c) from the column defaults, so every reference already printed reads the same after the upgrade.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "scheme_settings" ADD COLUMN "reference_prefix" varchar DEFAULT 'NT' NOT NULL;
  ALTER TABLE "scheme_settings" ADD COLUMN "logo_id" integer;
  ALTER TABLE "scheme_settings" ADD COLUMN "icon_id" integer;
  ALTER TABLE "scheme_settings" ADD COLUMN "brand_colour" varchar DEFAULT '#0b3d5c' NOT NULL;
  ALTER TABLE "scheme_settings" ADD CONSTRAINT "scheme_settings_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scheme_settings" ADD CONSTRAINT "scheme_settings_icon_id_media_id_fk" FOREIGN KEY ("icon_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "scheme_settings_logo_idx" ON "scheme_settings" USING btree ("logo_id");
  CREATE INDEX "scheme_settings_icon_idx" ON "scheme_settings" USING btree ("icon_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "scheme_settings" DROP CONSTRAINT "scheme_settings_logo_id_media_id_fk";
  
  ALTER TABLE "scheme_settings" DROP CONSTRAINT "scheme_settings_icon_id_media_id_fk";
  
  DROP INDEX "scheme_settings_logo_idx";
  DROP INDEX "scheme_settings_icon_idx";
  ALTER TABLE "scheme_settings" DROP COLUMN "reference_prefix";
  ALTER TABLE "scheme_settings" DROP COLUMN "logo_id";
  ALTER TABLE "scheme_settings" DROP COLUMN "icon_id";
  ALTER TABLE "scheme_settings" DROP COLUMN "brand_colour";`)
}
