import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Who suspended a member account (`suspendedBy`): a business manager may lift only their business's own
 * suspensions. Accounts already suspended have no record of who did it, so they count as suspended by the
 * scheme: the stricter reading, which only scheme staff can undo.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_members_suspended_by" AS ENUM('staff', 'business');
  ALTER TABLE "members" ADD COLUMN "suspended_by" "enum_members_suspended_by";
  UPDATE "members" SET "suspended_by" = 'staff' WHERE "account_status" = 'suspended';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "members" DROP COLUMN "suspended_by";
  DROP TYPE "public"."enum_members_suspended_by";`)
}
