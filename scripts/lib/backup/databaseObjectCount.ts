import type { SqlClient } from '@/lib/audit/verifyAuditChain'

/**
 * How many objects (tables, sequences, views, functions, enum and domain types) the database holds outside
 * PostgreSQL's own schemas: 0 for a freshly created, empty database.
 */
export const databaseObjectCount = async (client: SqlClient): Promise<number> => {
  const own = `n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'`
  const { rows } = await client.query(
    `select
      (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where ${own})
      + (select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace where ${own})
      + (select count(*) from pg_type t join pg_namespace n on n.oid = t.typnamespace
          where ${own} and t.typtype in ('e', 'd', 'r')) as count`,
  )
  return Number((rows[0] as { count: string }).count)
}
