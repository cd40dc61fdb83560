import type { SqlClient } from '@/lib/audit/verifyAuditChain'

/** Every table of the application's schema with its exact row count, by table name. */
export const tableRowCounts = async (client: SqlClient): Promise<Record<string, number>> => {
  const { rows } = await client.query(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`,
  )
  const counts: Record<string, number> = {}
  for (const { name } of rows as { name: string }[]) {
    const quoted = `"${name.replaceAll('"', '""')}"`
    const result = await client.query(`select count(*)::text as count from public.${quoted}`)
    counts[name] = Number((result.rows[0] as { count: string }).count)
  }
  return counts
}
