import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "police_outcomes" ADD COLUMN "closes_case" boolean DEFAULT false;
  CREATE INDEX "police_outcomes_closes_case_idx" ON "police_outcomes" USING btree ("closes_case");`)
  // Until now the retention rule treated a conviction and no further action as closing a case; cautions and
  // community resolutions are final disposals too. Other outcomes a scheme added stay open until staff say.
  await db.execute(sql`
   UPDATE "police_outcomes" SET "closes_case" = true
   WHERE "id" IN ('conviction', 'nfa', 'caution', 'community-resolution');`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "police_outcomes_closes_case_idx";
  ALTER TABLE "police_outcomes" DROP COLUMN "closes_case";`)
}
