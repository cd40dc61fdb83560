import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'scheme-manager', 'editor');
  CREATE TYPE "public"."enum_members_role" AS ENUM('member', 'business-manager', 'police', 'partner');
  CREATE TYPE "public"."enum_members_account_status" AS ENUM('active', 'suspended');
  CREATE TYPE "public"."enum_members_agency" AS ENUM('asb-unit', 'outreach');
  CREATE TYPE "public"."enum_businesses_category" AS ENUM('retail', 'food-and-drink', 'night-time', 'services', 'health-and-beauty', 'leisure', 'other');
  CREATE TYPE "public"."enum_businesses_membership_status" AS ENUM('applicant', 'active', 'suspended', 'lapsed', 'rejected');
  CREATE TYPE "public"."enum_incidents_type" AS ENUM('theft', 'abuse-to-staff', 'violence', 'criminal-damage', 'asb', 'begging', 'street-drinking', 'drugs', 'exclusion-breach', 'welfare-concern', 'other');
  CREATE TYPE "public"."enum_incidents_status" AS ENUM('submitted', 'reviewed', 'linked', 'closed');
  CREATE TYPE "public"."enum_incidents_police_outcome" AS ENUM('none', 'arrest', 'charge', 'conviction', 'nfa');
  CREATE TYPE "public"."enum_recognitions_source" AS ENUM('cctv', 'in-person', 'photo');
  CREATE TYPE "public"."enum_recognitions_confidence" AS ENUM('possible', 'likely', 'certain');
  CREATE TYPE "public"."enum_offenders_warning_markers" AS ENUM('violence', 'weapons', 'drugs', 'threats', 'group', 'prolific');
  CREATE TYPE "public"."enum_offenders_gallery" AS ENUM('known', 'id-sought');
  CREATE TYPE "public"."enum_offenders_exclusion_stage" AS ENUM('none', 'warning', 'exclusion');
  CREATE TYPE "public"."enum_offenders_exclusion_notice_method" AS ENUM('in-person', 'post', 'police');
  CREATE TYPE "public"."enum_offenders_status" AS ENUM('proposed', 'approved', 'archived', 'rejected');
  CREATE TYPE "public"."enum_evidence_kind" AS ENUM('incident-photo', 'cctv-still', 'offender-photo');
  CREATE TYPE "public"."enum_campaigns_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__campaigns_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_briefings_kind" AS ENUM('news', 'alert', 'event');
  CREATE TYPE "public"."enum_briefings_audience" AS ENUM('public', 'members');
  CREATE TYPE "public"."enum_briefings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__briefings_v_version_kind" AS ENUM('news', 'alert', 'event');
  CREATE TYPE "public"."enum__briefings_v_version_audience" AS ENUM('public', 'members');
  CREATE TYPE "public"."enum__briefings_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_event_rsvps_response" AS ENUM('going', 'not-going');
  CREATE TYPE "public"."enum_support_services_categories" AS ENUM('rough-sleeping', 'housing', 'addiction', 'mental-health', 'food', 'health', 'victim-support');
  CREATE TYPE "public"."enum_support_services_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__support_services_v_version_categories" AS ENUM('rough-sleeping', 'housing', 'addiction', 'mental-health', 'food', 'health', 'victim-support');
  CREATE TYPE "public"."enum__support_services_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('view', 'create', 'update', 'delete', 'approve', 'reject', 'merge', 'export', 'login', 'login-failed', 'logout', 'access-denied');
  CREATE TYPE "public"."enum_audit_log_actor_collection" AS ENUM('users', 'members');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'endExpiredExclusions', 'galleryDigest', 'emailAlert', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'endExpiredExclusions', 'galleryDigest', 'emailAlert', 'schedulePublish');
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "members_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "members" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_members_role" DEFAULT 'member' NOT NULL,
  	"business_id" integer,
  	"account_status" "enum_members_account_status" DEFAULT 'active' NOT NULL,
  	"force" varchar,
  	"collar_number" varchar,
  	"agency" "enum_members_agency",
  	"phone" varchar,
  	"must_change_password" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "businesses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"category" "enum_businesses_category" NOT NULL,
  	"address_line1" varchar NOT NULL,
  	"address_line2" varchar,
  	"address_postcode" varchar,
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"contact_name" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"membership_status" "enum_businesses_membership_status" DEFAULT 'applicant' NOT NULL,
  	"rejection_reason" varchar,
  	"agreement_signed_at" timestamp(3) with time zone,
  	"agreement_signed_by" varchar,
  	"application_terms_accepted_at" timestamp(3) with time zone,
  	"adopting_officer_id" integer,
  	"adopted_since" timestamp(3) with time zone,
  	"is_adopted" boolean DEFAULT false,
  	"officer_public_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "incidents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" "enum_incidents_type" NOT NULL,
  	"occurred_at" timestamp(3) with time zone NOT NULL,
  	"business_id" integer NOT NULL,
  	"spot" varchar,
  	"summary" varchar,
  	"description" varchar NOT NULL,
  	"value_lost" numeric,
  	"value_recovered" numeric,
  	"police_called" boolean DEFAULT false,
  	"unknown_person_description" varchar,
  	"status" "enum_incidents_status" DEFAULT 'submitted' NOT NULL,
  	"exclusion_breach" boolean DEFAULT false,
  	"reporter_id" integer,
  	"police_crime_reference" varchar,
  	"police_outcome" "enum_incidents_police_outcome" DEFAULT 'none',
  	"police_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "incidents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"offenders_id" integer,
  	"evidence_id" integer
  );
  
  CREATE TABLE "recognitions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"offender_id" integer NOT NULL,
  	"member_id" integer,
  	"recognised_at" timestamp(3) with time zone NOT NULL,
  	"source" "enum_recognitions_source" NOT NULL,
  	"confidence" "enum_recognitions_confidence" NOT NULL,
  	"note" varchar,
  	"reviewed" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "offenders_aliases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"alias" varchar NOT NULL
  );
  
  CREATE TABLE "offenders_warning_markers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_offenders_warning_markers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "offenders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"display_name" varchar,
  	"first_name" varchar,
  	"last_name" varchar,
  	"gallery" "enum_offenders_gallery" DEFAULT 'known' NOT NULL,
  	"appearance_age_range" varchar,
  	"appearance_height" varchar,
  	"appearance_build" varchar,
  	"appearance_hair" varchar,
  	"appearance_distinguishing_features" varchar,
  	"appearance_usual_clothing" varchar,
  	"modus_operandi" varchar,
  	"exclusion_stage" "enum_offenders_exclusion_stage" DEFAULT 'none',
  	"exclusion_starts_at" timestamp(3) with time zone,
  	"exclusion_ends_at" timestamp(3) with time zone,
  	"exclusion_appeal_from" timestamp(3) with time zone,
  	"exclusion_last_breach_at" timestamp(3) with time zone,
  	"exclusion_notice_served_at" timestamp(3) with time zone,
  	"exclusion_notice_served_by" varchar,
  	"exclusion_notice_method" "enum_offenders_exclusion_notice_method",
  	"police_notes" varchar,
  	"status" "enum_offenders_status" DEFAULT 'proposed' NOT NULL,
  	"rejection_reason" varchar,
  	"safeguarding" boolean DEFAULT false,
  	"safeguarding_note" varchar,
  	"last_incident_at" timestamp(3) with time zone,
  	"proposed_by_id" integer,
  	"approved_by_id" integer,
  	"digest_sent_at" timestamp(3) with time zone,
  	"approved_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "offenders_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"evidence_id" integer,
  	"offenders_id" integer
  );
  
  CREATE TABLE "evidence" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_evidence_kind" DEFAULT 'incident-photo' NOT NULL,
  	"caption" varchar,
  	"incident_id" integer,
  	"offender_id" integer,
  	"uploaded_by_id" integer,
  	"original_sha256" varchar,
  	"_key" varchar,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail__key" varchar,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar
  );
  
  CREATE TABLE "shop_visits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"business_id" integer NOT NULL,
  	"officer_id" integer,
  	"visited_at" timestamp(3) with time zone NOT NULL,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"_key" varchar,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_card__key" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero__key" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"hero_image_id" integer,
  	"content" jsonb,
  	"show_adopted_shops" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_campaigns_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_campaigns_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_hero_image_id" integer,
  	"version_content" jsonb,
  	"version_show_adopted_shops" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__campaigns_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "briefings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"kind" "enum_briefings_kind" DEFAULT 'news',
  	"audience" "enum_briefings_audience" DEFAULT 'members',
  	"published_at" timestamp(3) with time zone,
  	"emailed_at" timestamp(3) with time zone,
  	"summary" varchar,
  	"hero_image_id" integer,
  	"content" jsonb,
  	"event_starts_at" timestamp(3) with time zone,
  	"event_ends_at" timestamp(3) with time zone,
  	"event_place" varchar,
  	"event_how_to_attend" varchar,
  	"event_rsvp_enabled" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_briefings_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_briefings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_kind" "enum__briefings_v_version_kind" DEFAULT 'news',
  	"version_audience" "enum__briefings_v_version_audience" DEFAULT 'members',
  	"version_published_at" timestamp(3) with time zone,
  	"version_emailed_at" timestamp(3) with time zone,
  	"version_summary" varchar,
  	"version_hero_image_id" integer,
  	"version_content" jsonb,
  	"version_event_starts_at" timestamp(3) with time zone,
  	"version_event_ends_at" timestamp(3) with time zone,
  	"version_event_place" varchar,
  	"version_event_how_to_attend" varchar,
  	"version_event_rsvp_enabled" boolean DEFAULT true,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__briefings_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "event_rsvps" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"member_id" integer,
  	"response" "enum_event_rsvps_response" DEFAULT 'going' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "support_services_categories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_support_services_categories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "support_services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"description" varchar,
  	"opening_times" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"website" varchar,
  	"address" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_support_services_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_support_services_v_version_categories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__support_services_v_version_categories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_support_services_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_description" varchar,
  	"version_opening_times" varchar,
  	"version_phone" varchar,
  	"version_email" varchar,
  	"version_website" varchar,
  	"version_address" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__support_services_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"summary" varchar NOT NULL,
  	"actor_collection" "enum_audit_log_actor_collection",
  	"actor_id" numeric,
  	"actor_label" varchar,
  	"entity_collection" varchar,
  	"entity_id" numeric,
  	"ip" varchar,
  	"details" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rate_limits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"window_start" timestamp(3) with time zone NOT NULL,
  	"count" numeric DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"members_id" integer,
  	"businesses_id" integer,
  	"incidents_id" integer,
  	"recognitions_id" integer,
  	"offenders_id" integer,
  	"evidence_id" integer,
  	"shop_visits_id" integer,
  	"media_id" integer,
  	"campaigns_id" integer,
  	"briefings_id" integer,
  	"event_rsvps_id" integer,
  	"support_services_id" integer,
  	"audit_log_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"members_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "scheme_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"scheme_name" varchar DEFAULT 'NTARS' NOT NULL,
  	"scheme_full_name" varchar,
  	"town_name" varchar DEFAULT 'the town centre' NOT NULL,
  	"bid_name" varchar DEFAULT 'Town Centre BID' NOT NULL,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"contact_address" varchar,
  	"emergency_guidance" varchar DEFAULT 'In an emergency, when a crime is in progress or someone is in danger, call 999. To report a crime that has already happened, call 101 or report online to the police.',
  	"retention_gallery_months" numeric DEFAULT 12 NOT NULL,
  	"retention_review_months" numeric DEFAULT 3 NOT NULL,
  	"retention_incident_months" numeric DEFAULT 24 NOT NULL,
  	"exclusions_duration_months" numeric DEFAULT 12 NOT NULL,
  	"exclusions_appeal_after_months" numeric DEFAULT 6 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "members_sessions" ADD CONSTRAINT "members_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "businesses" ADD CONSTRAINT "businesses_adopting_officer_id_members_id_fk" FOREIGN KEY ("adopting_officer_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "incidents" ADD CONSTRAINT "incidents_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "incidents" ADD CONSTRAINT "incidents_reporter_id_members_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "incidents_rels" ADD CONSTRAINT "incidents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "incidents_rels" ADD CONSTRAINT "incidents_rels_offenders_fk" FOREIGN KEY ("offenders_id") REFERENCES "public"."offenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "incidents_rels" ADD CONSTRAINT "incidents_rels_evidence_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_offender_id_offenders_id_fk" FOREIGN KEY ("offender_id") REFERENCES "public"."offenders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offenders_aliases" ADD CONSTRAINT "offenders_aliases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offenders_warning_markers" ADD CONSTRAINT "offenders_warning_markers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offenders" ADD CONSTRAINT "offenders_proposed_by_id_members_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offenders" ADD CONSTRAINT "offenders_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offenders_rels" ADD CONSTRAINT "offenders_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offenders_rels" ADD CONSTRAINT "offenders_rels_evidence_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offenders_rels" ADD CONSTRAINT "offenders_rels_offenders_fk" FOREIGN KEY ("offenders_id") REFERENCES "public"."offenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "evidence" ADD CONSTRAINT "evidence_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evidence" ADD CONSTRAINT "evidence_offender_id_offenders_id_fk" FOREIGN KEY ("offender_id") REFERENCES "public"."offenders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evidence" ADD CONSTRAINT "evidence_uploaded_by_id_members_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shop_visits" ADD CONSTRAINT "shop_visits_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shop_visits" ADD CONSTRAINT "shop_visits_officer_id_members_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_parent_id_campaigns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefings" ADD CONSTRAINT "briefings_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefings_v" ADD CONSTRAINT "_briefings_v_parent_id_briefings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."briefings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_briefings_v" ADD CONSTRAINT "_briefings_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_rsvps" ADD CONSTRAINT "event_rsvps_event_id_briefings_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."briefings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_rsvps" ADD CONSTRAINT "event_rsvps_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "support_services_categories" ADD CONSTRAINT "support_services_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."support_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_services_v_version_categories" ADD CONSTRAINT "_support_services_v_version_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_support_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_services_v" ADD CONSTRAINT "_support_services_v_parent_id_support_services_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."support_services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_businesses_fk" FOREIGN KEY ("businesses_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_incidents_fk" FOREIGN KEY ("incidents_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_recognitions_fk" FOREIGN KEY ("recognitions_id") REFERENCES "public"."recognitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_offenders_fk" FOREIGN KEY ("offenders_id") REFERENCES "public"."offenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_evidence_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_shop_visits_fk" FOREIGN KEY ("shop_visits_id") REFERENCES "public"."shop_visits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_briefings_fk" FOREIGN KEY ("briefings_id") REFERENCES "public"."briefings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_rsvps_fk" FOREIGN KEY ("event_rsvps_id") REFERENCES "public"."event_rsvps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_support_services_fk" FOREIGN KEY ("support_services_id") REFERENCES "public"."support_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_roles_value_idx" ON "users_roles" USING btree ("value");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "members_sessions_order_idx" ON "members_sessions" USING btree ("_order");
  CREATE INDEX "members_sessions_parent_id_idx" ON "members_sessions" USING btree ("_parent_id");
  CREATE INDEX "members_role_idx" ON "members" USING btree ("role");
  CREATE INDEX "members_business_idx" ON "members" USING btree ("business_id");
  CREATE INDEX "members_account_status_idx" ON "members" USING btree ("account_status");
  CREATE INDEX "members_updated_at_idx" ON "members" USING btree ("updated_at");
  CREATE INDEX "members_created_at_idx" ON "members" USING btree ("created_at");
  CREATE UNIQUE INDEX "members_email_idx" ON "members" USING btree ("email");
  CREATE INDEX "businesses_name_idx" ON "businesses" USING btree ("name");
  CREATE UNIQUE INDEX "businesses_slug_idx" ON "businesses" USING btree ("slug");
  CREATE INDEX "businesses_category_idx" ON "businesses" USING btree ("category");
  CREATE INDEX "businesses_membership_status_idx" ON "businesses" USING btree ("membership_status");
  CREATE INDEX "businesses_adopting_officer_idx" ON "businesses" USING btree ("adopting_officer_id");
  CREATE INDEX "businesses_is_adopted_idx" ON "businesses" USING btree ("is_adopted");
  CREATE INDEX "businesses_updated_at_idx" ON "businesses" USING btree ("updated_at");
  CREATE INDEX "businesses_created_at_idx" ON "businesses" USING btree ("created_at");
  CREATE INDEX "incidents_type_idx" ON "incidents" USING btree ("type");
  CREATE INDEX "incidents_occurred_at_idx" ON "incidents" USING btree ("occurred_at");
  CREATE INDEX "incidents_business_idx" ON "incidents" USING btree ("business_id");
  CREATE INDEX "incidents_status_idx" ON "incidents" USING btree ("status");
  CREATE INDEX "incidents_exclusion_breach_idx" ON "incidents" USING btree ("exclusion_breach");
  CREATE INDEX "incidents_reporter_idx" ON "incidents" USING btree ("reporter_id");
  CREATE INDEX "incidents_police_police_crime_reference_idx" ON "incidents" USING btree ("police_crime_reference");
  CREATE INDEX "incidents_police_police_outcome_idx" ON "incidents" USING btree ("police_outcome");
  CREATE INDEX "incidents_updated_at_idx" ON "incidents" USING btree ("updated_at");
  CREATE INDEX "incidents_created_at_idx" ON "incidents" USING btree ("created_at");
  CREATE INDEX "incidents_rels_order_idx" ON "incidents_rels" USING btree ("order");
  CREATE INDEX "incidents_rels_parent_idx" ON "incidents_rels" USING btree ("parent_id");
  CREATE INDEX "incidents_rels_path_idx" ON "incidents_rels" USING btree ("path");
  CREATE INDEX "incidents_rels_offenders_id_idx" ON "incidents_rels" USING btree ("offenders_id");
  CREATE INDEX "incidents_rels_evidence_id_idx" ON "incidents_rels" USING btree ("evidence_id");
  CREATE INDEX "recognitions_offender_idx" ON "recognitions" USING btree ("offender_id");
  CREATE INDEX "recognitions_member_idx" ON "recognitions" USING btree ("member_id");
  CREATE INDEX "recognitions_recognised_at_idx" ON "recognitions" USING btree ("recognised_at");
  CREATE INDEX "recognitions_reviewed_idx" ON "recognitions" USING btree ("reviewed");
  CREATE INDEX "recognitions_updated_at_idx" ON "recognitions" USING btree ("updated_at");
  CREATE INDEX "recognitions_created_at_idx" ON "recognitions" USING btree ("created_at");
  CREATE INDEX "offenders_aliases_order_idx" ON "offenders_aliases" USING btree ("_order");
  CREATE INDEX "offenders_aliases_parent_id_idx" ON "offenders_aliases" USING btree ("_parent_id");
  CREATE INDEX "offenders_warning_markers_order_idx" ON "offenders_warning_markers" USING btree ("order");
  CREATE INDEX "offenders_warning_markers_parent_idx" ON "offenders_warning_markers" USING btree ("parent_id");
  CREATE INDEX "offenders_warning_markers_value_idx" ON "offenders_warning_markers" USING btree ("value");
  CREATE INDEX "offenders_display_name_idx" ON "offenders" USING btree ("display_name");
  CREATE INDEX "offenders_gallery_idx" ON "offenders" USING btree ("gallery");
  CREATE INDEX "offenders_exclusion_exclusion_stage_idx" ON "offenders" USING btree ("exclusion_stage");
  CREATE INDEX "offenders_exclusion_exclusion_ends_at_idx" ON "offenders" USING btree ("exclusion_ends_at");
  CREATE INDEX "offenders_status_idx" ON "offenders" USING btree ("status");
  CREATE INDEX "offenders_safeguarding_idx" ON "offenders" USING btree ("safeguarding");
  CREATE INDEX "offenders_last_incident_at_idx" ON "offenders" USING btree ("last_incident_at");
  CREATE INDEX "offenders_proposed_by_idx" ON "offenders" USING btree ("proposed_by_id");
  CREATE INDEX "offenders_approved_by_idx" ON "offenders" USING btree ("approved_by_id");
  CREATE INDEX "offenders_updated_at_idx" ON "offenders" USING btree ("updated_at");
  CREATE INDEX "offenders_created_at_idx" ON "offenders" USING btree ("created_at");
  CREATE INDEX "offenders_rels_order_idx" ON "offenders_rels" USING btree ("order");
  CREATE INDEX "offenders_rels_parent_idx" ON "offenders_rels" USING btree ("parent_id");
  CREATE INDEX "offenders_rels_path_idx" ON "offenders_rels" USING btree ("path");
  CREATE INDEX "offenders_rels_evidence_id_idx" ON "offenders_rels" USING btree ("evidence_id");
  CREATE INDEX "offenders_rels_offenders_id_idx" ON "offenders_rels" USING btree ("offenders_id");
  CREATE INDEX "evidence_kind_idx" ON "evidence" USING btree ("kind");
  CREATE INDEX "evidence_incident_idx" ON "evidence" USING btree ("incident_id");
  CREATE INDEX "evidence_offender_idx" ON "evidence" USING btree ("offender_id");
  CREATE INDEX "evidence_uploaded_by_idx" ON "evidence" USING btree ("uploaded_by_id");
  CREATE INDEX "evidence_updated_at_idx" ON "evidence" USING btree ("updated_at");
  CREATE INDEX "evidence_created_at_idx" ON "evidence" USING btree ("created_at");
  CREATE UNIQUE INDEX "evidence_filename_idx" ON "evidence" USING btree ("filename");
  CREATE INDEX "evidence_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "evidence" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "shop_visits_business_idx" ON "shop_visits" USING btree ("business_id");
  CREATE INDEX "shop_visits_officer_idx" ON "shop_visits" USING btree ("officer_id");
  CREATE INDEX "shop_visits_visited_at_idx" ON "shop_visits" USING btree ("visited_at");
  CREATE INDEX "shop_visits_updated_at_idx" ON "shop_visits" USING btree ("updated_at");
  CREATE INDEX "shop_visits_created_at_idx" ON "shop_visits" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "campaigns_slug_idx" ON "campaigns" USING btree ("slug");
  CREATE INDEX "campaigns_hero_image_idx" ON "campaigns" USING btree ("hero_image_id");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns__status_idx" ON "campaigns" USING btree ("_status");
  CREATE INDEX "_campaigns_v_parent_idx" ON "_campaigns_v" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_version_version_slug_idx" ON "_campaigns_v" USING btree ("version_slug");
  CREATE INDEX "_campaigns_v_version_version_hero_image_idx" ON "_campaigns_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_campaigns_v_version_version_updated_at_idx" ON "_campaigns_v" USING btree ("version_updated_at");
  CREATE INDEX "_campaigns_v_version_version_created_at_idx" ON "_campaigns_v" USING btree ("version_created_at");
  CREATE INDEX "_campaigns_v_version_version__status_idx" ON "_campaigns_v" USING btree ("version__status");
  CREATE INDEX "_campaigns_v_created_at_idx" ON "_campaigns_v" USING btree ("created_at");
  CREATE INDEX "_campaigns_v_updated_at_idx" ON "_campaigns_v" USING btree ("updated_at");
  CREATE INDEX "_campaigns_v_latest_idx" ON "_campaigns_v" USING btree ("latest");
  CREATE UNIQUE INDEX "briefings_slug_idx" ON "briefings" USING btree ("slug");
  CREATE INDEX "briefings_kind_idx" ON "briefings" USING btree ("kind");
  CREATE INDEX "briefings_audience_idx" ON "briefings" USING btree ("audience");
  CREATE INDEX "briefings_published_at_idx" ON "briefings" USING btree ("published_at");
  CREATE INDEX "briefings_hero_image_idx" ON "briefings" USING btree ("hero_image_id");
  CREATE INDEX "briefings_event_event_starts_at_idx" ON "briefings" USING btree ("event_starts_at");
  CREATE INDEX "briefings_updated_at_idx" ON "briefings" USING btree ("updated_at");
  CREATE INDEX "briefings_created_at_idx" ON "briefings" USING btree ("created_at");
  CREATE INDEX "briefings__status_idx" ON "briefings" USING btree ("_status");
  CREATE INDEX "_briefings_v_parent_idx" ON "_briefings_v" USING btree ("parent_id");
  CREATE INDEX "_briefings_v_version_version_slug_idx" ON "_briefings_v" USING btree ("version_slug");
  CREATE INDEX "_briefings_v_version_version_kind_idx" ON "_briefings_v" USING btree ("version_kind");
  CREATE INDEX "_briefings_v_version_version_audience_idx" ON "_briefings_v" USING btree ("version_audience");
  CREATE INDEX "_briefings_v_version_version_published_at_idx" ON "_briefings_v" USING btree ("version_published_at");
  CREATE INDEX "_briefings_v_version_version_hero_image_idx" ON "_briefings_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_briefings_v_version_event_version_event_starts_at_idx" ON "_briefings_v" USING btree ("version_event_starts_at");
  CREATE INDEX "_briefings_v_version_version_updated_at_idx" ON "_briefings_v" USING btree ("version_updated_at");
  CREATE INDEX "_briefings_v_version_version_created_at_idx" ON "_briefings_v" USING btree ("version_created_at");
  CREATE INDEX "_briefings_v_version_version__status_idx" ON "_briefings_v" USING btree ("version__status");
  CREATE INDEX "_briefings_v_created_at_idx" ON "_briefings_v" USING btree ("created_at");
  CREATE INDEX "_briefings_v_updated_at_idx" ON "_briefings_v" USING btree ("updated_at");
  CREATE INDEX "_briefings_v_latest_idx" ON "_briefings_v" USING btree ("latest");
  CREATE INDEX "event_rsvps_event_idx" ON "event_rsvps" USING btree ("event_id");
  CREATE INDEX "event_rsvps_member_idx" ON "event_rsvps" USING btree ("member_id");
  CREATE INDEX "event_rsvps_updated_at_idx" ON "event_rsvps" USING btree ("updated_at");
  CREATE INDEX "event_rsvps_created_at_idx" ON "event_rsvps" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_member_idx" ON "event_rsvps" USING btree ("event_id","member_id");
  CREATE INDEX "support_services_categories_order_idx" ON "support_services_categories" USING btree ("order");
  CREATE INDEX "support_services_categories_parent_idx" ON "support_services_categories" USING btree ("parent_id");
  CREATE INDEX "support_services_categories_value_idx" ON "support_services_categories" USING btree ("value");
  CREATE INDEX "support_services_name_idx" ON "support_services" USING btree ("name");
  CREATE INDEX "support_services_updated_at_idx" ON "support_services" USING btree ("updated_at");
  CREATE INDEX "support_services_created_at_idx" ON "support_services" USING btree ("created_at");
  CREATE INDEX "support_services__status_idx" ON "support_services" USING btree ("_status");
  CREATE INDEX "_support_services_v_version_categories_order_idx" ON "_support_services_v_version_categories" USING btree ("order");
  CREATE INDEX "_support_services_v_version_categories_parent_idx" ON "_support_services_v_version_categories" USING btree ("parent_id");
  CREATE INDEX "_support_services_v_version_categories_value_idx" ON "_support_services_v_version_categories" USING btree ("value");
  CREATE INDEX "_support_services_v_parent_idx" ON "_support_services_v" USING btree ("parent_id");
  CREATE INDEX "_support_services_v_version_version_name_idx" ON "_support_services_v" USING btree ("version_name");
  CREATE INDEX "_support_services_v_version_version_updated_at_idx" ON "_support_services_v" USING btree ("version_updated_at");
  CREATE INDEX "_support_services_v_version_version_created_at_idx" ON "_support_services_v" USING btree ("version_created_at");
  CREATE INDEX "_support_services_v_version_version__status_idx" ON "_support_services_v" USING btree ("version__status");
  CREATE INDEX "_support_services_v_created_at_idx" ON "_support_services_v" USING btree ("created_at");
  CREATE INDEX "_support_services_v_updated_at_idx" ON "_support_services_v" USING btree ("updated_at");
  CREATE INDEX "_support_services_v_latest_idx" ON "_support_services_v" USING btree ("latest");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_actor_collection_idx" ON "audit_log" USING btree ("actor_collection");
  CREATE INDEX "audit_log_actor_id_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_entity_collection_idx" ON "audit_log" USING btree ("entity_collection");
  CREATE INDEX "audit_log_entity_id_idx" ON "audit_log" USING btree ("entity_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "entityCollection_entityId_idx" ON "audit_log" USING btree ("entity_collection","entity_id");
  CREATE UNIQUE INDEX "rate_limits_key_idx" ON "rate_limits" USING btree ("key");
  CREATE INDEX "rate_limits_window_start_idx" ON "rate_limits" USING btree ("window_start");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_members_id_idx" ON "payload_locked_documents_rels" USING btree ("members_id");
  CREATE INDEX "payload_locked_documents_rels_businesses_id_idx" ON "payload_locked_documents_rels" USING btree ("businesses_id");
  CREATE INDEX "payload_locked_documents_rels_incidents_id_idx" ON "payload_locked_documents_rels" USING btree ("incidents_id");
  CREATE INDEX "payload_locked_documents_rels_recognitions_id_idx" ON "payload_locked_documents_rels" USING btree ("recognitions_id");
  CREATE INDEX "payload_locked_documents_rels_offenders_id_idx" ON "payload_locked_documents_rels" USING btree ("offenders_id");
  CREATE INDEX "payload_locked_documents_rels_evidence_id_idx" ON "payload_locked_documents_rels" USING btree ("evidence_id");
  CREATE INDEX "payload_locked_documents_rels_shop_visits_id_idx" ON "payload_locked_documents_rels" USING btree ("shop_visits_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_briefings_id_idx" ON "payload_locked_documents_rels" USING btree ("briefings_id");
  CREATE INDEX "payload_locked_documents_rels_event_rsvps_id_idx" ON "payload_locked_documents_rels" USING btree ("event_rsvps_id");
  CREATE INDEX "payload_locked_documents_rels_support_services_id_idx" ON "payload_locked_documents_rels" USING btree ("support_services_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_rels_members_id_idx" ON "payload_preferences_rels" USING btree ("members_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "members_sessions" CASCADE;
  DROP TABLE "members" CASCADE;
  DROP TABLE "businesses" CASCADE;
  DROP TABLE "incidents" CASCADE;
  DROP TABLE "incidents_rels" CASCADE;
  DROP TABLE "recognitions" CASCADE;
  DROP TABLE "offenders_aliases" CASCADE;
  DROP TABLE "offenders_warning_markers" CASCADE;
  DROP TABLE "offenders" CASCADE;
  DROP TABLE "offenders_rels" CASCADE;
  DROP TABLE "evidence" CASCADE;
  DROP TABLE "shop_visits" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "_campaigns_v" CASCADE;
  DROP TABLE "briefings" CASCADE;
  DROP TABLE "_briefings_v" CASCADE;
  DROP TABLE "event_rsvps" CASCADE;
  DROP TABLE "support_services_categories" CASCADE;
  DROP TABLE "support_services" CASCADE;
  DROP TABLE "_support_services_v_version_categories" CASCADE;
  DROP TABLE "_support_services_v" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "rate_limits" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "scheme_settings" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_members_role";
  DROP TYPE "public"."enum_members_account_status";
  DROP TYPE "public"."enum_members_agency";
  DROP TYPE "public"."enum_businesses_category";
  DROP TYPE "public"."enum_businesses_membership_status";
  DROP TYPE "public"."enum_incidents_type";
  DROP TYPE "public"."enum_incidents_status";
  DROP TYPE "public"."enum_incidents_police_outcome";
  DROP TYPE "public"."enum_recognitions_source";
  DROP TYPE "public"."enum_recognitions_confidence";
  DROP TYPE "public"."enum_offenders_warning_markers";
  DROP TYPE "public"."enum_offenders_gallery";
  DROP TYPE "public"."enum_offenders_exclusion_stage";
  DROP TYPE "public"."enum_offenders_exclusion_notice_method";
  DROP TYPE "public"."enum_offenders_status";
  DROP TYPE "public"."enum_evidence_kind";
  DROP TYPE "public"."enum_campaigns_status";
  DROP TYPE "public"."enum__campaigns_v_version_status";
  DROP TYPE "public"."enum_briefings_kind";
  DROP TYPE "public"."enum_briefings_audience";
  DROP TYPE "public"."enum_briefings_status";
  DROP TYPE "public"."enum__briefings_v_version_kind";
  DROP TYPE "public"."enum__briefings_v_version_audience";
  DROP TYPE "public"."enum__briefings_v_version_status";
  DROP TYPE "public"."enum_event_rsvps_response";
  DROP TYPE "public"."enum_support_services_categories";
  DROP TYPE "public"."enum_support_services_status";
  DROP TYPE "public"."enum__support_services_v_version_categories";
  DROP TYPE "public"."enum__support_services_v_version_status";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_audit_log_actor_collection";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
