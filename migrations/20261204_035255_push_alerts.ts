import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_town_alerts_audience_kind" AS ENUM('all', 'category', 'area');
  CREATE TYPE "public"."enum_town_alerts_audience_category" AS ENUM('retail', 'food-and-drink', 'night-time', 'services', 'health-and-beauty', 'leisure', 'other');
  CREATE TABLE "push_subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"member_id" integer,
  	"endpoint" varchar NOT NULL,
  	"keys_p256dh" varchar NOT NULL,
  	"keys_auth" varchar NOT NULL,
  	"device_label" varchar,
  	"preferences_urgent" boolean DEFAULT true,
  	"preferences_in_town" boolean DEFAULT true,
  	"preferences_briefings" boolean DEFAULT true,
  	"preferences_digest" boolean DEFAULT false,
  	"quiet_hours_start" varchar,
  	"quiet_hours_end" varchar,
  	"last_success_at" timestamp(3) with time zone,
  	"failure_count" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "town_alerts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"offender_id" integer,
  	"place" varchar NOT NULL,
  	"audience_kind" "enum_town_alerts_audience_kind" DEFAULT 'all' NOT NULL,
  	"audience_category" "enum_town_alerts_audience_category",
  	"audience_area" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"counts_members" numeric DEFAULT 0,
  	"counts_pushed" numeric DEFAULT 0,
  	"counts_emailed" numeric DEFAULT 0,
  	"counts_skipped" numeric DEFAULT 0,
  	"counts_failed" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "town_alerts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"members_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "push_subscriptions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "town_alerts_id" integer;
  ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "town_alerts" ADD CONSTRAINT "town_alerts_offender_id_offenders_id_fk" FOREIGN KEY ("offender_id") REFERENCES "public"."offenders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "town_alerts_rels" ADD CONSTRAINT "town_alerts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."town_alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "town_alerts_rels" ADD CONSTRAINT "town_alerts_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "town_alerts_rels" ADD CONSTRAINT "town_alerts_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "push_subscriptions_member_idx" ON "push_subscriptions" USING btree ("member_id");
  CREATE UNIQUE INDEX "push_subscriptions_endpoint_idx" ON "push_subscriptions" USING btree ("endpoint");
  CREATE INDEX "push_subscriptions_updated_at_idx" ON "push_subscriptions" USING btree ("updated_at");
  CREATE INDEX "push_subscriptions_created_at_idx" ON "push_subscriptions" USING btree ("created_at");
  CREATE INDEX "town_alerts_offender_idx" ON "town_alerts" USING btree ("offender_id");
  CREATE INDEX "town_alerts_sent_at_idx" ON "town_alerts" USING btree ("sent_at");
  CREATE INDEX "town_alerts_updated_at_idx" ON "town_alerts" USING btree ("updated_at");
  CREATE INDEX "town_alerts_created_at_idx" ON "town_alerts" USING btree ("created_at");
  CREATE INDEX "town_alerts_rels_order_idx" ON "town_alerts_rels" USING btree ("order");
  CREATE INDEX "town_alerts_rels_parent_idx" ON "town_alerts_rels" USING btree ("parent_id");
  CREATE INDEX "town_alerts_rels_path_idx" ON "town_alerts_rels" USING btree ("path");
  CREATE INDEX "town_alerts_rels_users_id_idx" ON "town_alerts_rels" USING btree ("users_id");
  CREATE INDEX "town_alerts_rels_members_id_idx" ON "town_alerts_rels" USING btree ("members_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_push_subscriptions_fk" FOREIGN KEY ("push_subscriptions_id") REFERENCES "public"."push_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_town_alerts_fk" FOREIGN KEY ("town_alerts_id") REFERENCES "public"."town_alerts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_push_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("push_subscriptions_id");
  CREATE INDEX "payload_locked_documents_rels_town_alerts_id_idx" ON "payload_locked_documents_rels" USING btree ("town_alerts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "push_subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "town_alerts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "town_alerts_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "push_subscriptions" CASCADE;
  DROP TABLE "town_alerts" CASCADE;
  DROP TABLE "town_alerts_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_push_subscriptions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_town_alerts_fk";
  
  DROP INDEX "payload_locked_documents_rels_push_subscriptions_id_idx";
  DROP INDEX "payload_locked_documents_rels_town_alerts_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "push_subscriptions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "town_alerts_id";
  DROP TYPE "public"."enum_town_alerts_audience_kind";
  DROP TYPE "public"."enum_town_alerts_audience_category";`)
}
