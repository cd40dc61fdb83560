import type { SqlClient } from '@/lib/audit/verifyAuditChain'

/** The migrations applied to the database, in the order they ran (none before the first migration). */
export const migrationNames = async (client: SqlClient): Promise<string[]> => {
  const { rows: found } = await client.query("select to_regclass('public.payload_migrations') as name")
  if (!(found[0] as { name: string | null }).name) return []
  const { rows } = await client.query('select name from payload_migrations order by id')
  return (rows as { name: string }[]).map((row) => row.name)
}
