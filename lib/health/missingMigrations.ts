import type { SqlClient } from '@/lib/audit/verifyAuditChain'

/**
 * The names in `wanted` (migrations/index.ts) that the database's `payload_migrations` table does not
 * record, in `wanted`'s order; all of them before the first migration has created the table.
 */
export const missingMigrations = async (client: SqlClient, wanted: string[]): Promise<string[]> => {
  const { rows: found } = await client.query("select to_regclass('public.payload_migrations') as name")
  if (!(found[0] as { name: string | null }).name) return wanted
  const { rows } = await client.query('select name from payload_migrations where name = any($1)', [wanted])
  const applied = new Set((rows as { name: string }[]).map((row) => row.name))
  return wanted.filter((name) => !applied.has(name))
}
