import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "scheme_settings" ADD COLUMN "exclusions_zone_description" varchar DEFAULT 'The premises of every member business of the scheme within the area bounded by Station Road, Mill Lane, the river footpath and Church Street, including their car parks and entrances.';
  ALTER TABLE "scheme_settings" ADD COLUMN "exclusions_zone_map_id" integer;
  ALTER TABLE "scheme_settings" ADD COLUMN "exclusions_notice_terms" varchar DEFAULT 'While this notice runs you must not enter the premises of any member business in the area above. If you do, staff will ask you to leave, the visit will be recorded as a breach, and the police may be called. A breach may lengthen the notice or lead to a further one.';
  ALTER TABLE "scheme_settings" ADD COLUMN "exclusions_appeal_how_to" varchar DEFAULT 'You may appeal from the appeal date shown on this notice. Write to the scheme manager at the contact address below, giving your name, the date of this notice and why it should be lifted. You will receive a written answer within 28 days.';
  ALTER TABLE "scheme_settings" ADD COLUMN "exclusions_data_protection_notice" varchar DEFAULT 'The scheme holds your name, photograph and the reports that led to this notice to prevent and detect crime in its member businesses (UK GDPR Article 6(1)(f) and the Data Protection Act 2018, Schedule 1). They are shared only with member businesses and the police. This notice is kept until its retention date and then deleted. You may ask for a copy of what the scheme holds about you, or ask for it to be corrected, by writing to the scheme manager; you may also complain to the Information Commissioner’s Office.';
  ALTER TABLE "scheme_settings" ADD CONSTRAINT "scheme_settings_exclusions_zone_map_id_media_id_fk" FOREIGN KEY ("exclusions_zone_map_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "scheme_settings_exclusions_exclusions_zone_map_idx" ON "scheme_settings" USING btree ("exclusions_zone_map_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "scheme_settings" DROP CONSTRAINT "scheme_settings_exclusions_zone_map_id_media_id_fk";
  
  DROP INDEX "scheme_settings_exclusions_exclusions_zone_map_idx";
  ALTER TABLE "scheme_settings" DROP COLUMN "exclusions_zone_description";
  ALTER TABLE "scheme_settings" DROP COLUMN "exclusions_zone_map_id";
  ALTER TABLE "scheme_settings" DROP COLUMN "exclusions_notice_terms";
  ALTER TABLE "scheme_settings" DROP COLUMN "exclusions_appeal_how_to";
  ALTER TABLE "scheme_settings" DROP COLUMN "exclusions_data_protection_notice";`)
}
