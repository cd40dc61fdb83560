import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The audit log becomes a hash chain, kept by the database itself so no code path (or a second app
 * instance) can skip it: a BEFORE INSERT trigger numbers each entry and stores the SHA-256 of its content
 * and of the entry before it. Changing or removing an entry breaks the chain (lib/audit/auditChainSql.ts).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "audit_log" ADD COLUMN "sequence" numeric;
  ALTER TABLE "audit_log" ADD COLUMN "prev_hash" varchar;
  ALTER TABLE "audit_log" ADD COLUMN "hash" varchar;
  CREATE INDEX "audit_log_sequence_idx" ON "audit_log" USING btree ("sequence");

  -- One unambiguous text for an entry: a JSON array of every recorded field, in a fixed order.
  CREATE OR REPLACE FUNCTION audit_log_entry_text(entry audit_log) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT json_build_array(
      entry.prev_hash, entry.sequence, entry.action, entry.summary, entry.actor_collection, entry.actor_id,
      entry.actor_label, entry.entity_collection, entry.entity_id, entry.ip, entry.details,
      (extract(epoch FROM entry.created_at) * 1000)::bigint
    )::text
  $$;

  CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    last_hash text;
    last_sequence numeric;
  BEGIN
    -- Entries are chained one at a time, across every connection and app instance, until commit.
    PERFORM pg_advisory_xact_lock(hashtext('audit_log_chain'));
    SELECT hash, sequence INTO last_hash, last_sequence FROM audit_log
      WHERE sequence IS NOT NULL ORDER BY sequence DESC LIMIT 1;
    NEW.sequence := COALESCE(last_sequence, 0) + 1;
    NEW.prev_hash := COALESCE(last_hash, '');
    NEW.hash := encode(sha256(convert_to(audit_log_entry_text(NEW), 'UTF8')), 'hex');
    RETURN NEW;
  END
  $$;

  -- Chain whatever is already there, oldest first.
  DO $$
  DECLARE
    entry record;
    previous text := '';
    counter numeric := 0;
  BEGIN
    FOR entry IN SELECT id FROM audit_log ORDER BY id LOOP
      counter := counter + 1;
      UPDATE audit_log SET sequence = counter, prev_hash = previous WHERE id = entry.id;
      UPDATE audit_log AS row SET hash = encode(sha256(convert_to(audit_log_entry_text(row), 'UTF8')), 'hex')
        WHERE id = entry.id RETURNING hash INTO previous;
    END LOOP;
  END
  $$;

  CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS audit_log_chain ON audit_log;
  DROP FUNCTION IF EXISTS audit_log_chain();
  DROP FUNCTION IF EXISTS audit_log_entry_text(audit_log);
  DROP INDEX "audit_log_sequence_idx";
  ALTER TABLE "audit_log" DROP COLUMN "sequence";
  ALTER TABLE "audit_log" DROP COLUMN "prev_hash";
  ALTER TABLE "audit_log" DROP COLUMN "hash";`)
}
