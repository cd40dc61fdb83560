import 'server-only'
import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { amongReadable } from '@/lib/database/amongReadable'
import { postgresOf } from '@/lib/database/postgresOf'
import type { NoticesStarted } from './types'

/**
 * Exclusion notices whose start falls in the period, by stage: each notice is one warning or exclusion
 * given, so a warning later raised to a red exclusion counts once as each. `notices` is the readableIdsSql
 * SELECT of the period's notices (collections/ExclusionNotices' own read access).
 */
export const countNoticesStarted = async (payload: Payload, notices: SQL | null): Promise<NoticesStarted> => {
  const result = await postgresOf(payload).drizzle.execute(sql`
    SELECT n.stage, count(*) AS n FROM exclusion_notices n
    WHERE ${amongReadable(sql`n.id`, notices)} GROUP BY 1`)
  const byStage = new Map(
    (result.rows as { stage: string; n: string | number }[]).map((row) => [row.stage, Number(row.n)]),
  )
  const warning = byStage.get('warning') ?? 0
  const exclusion = byStage.get('exclusion') ?? 0
  return { warning, exclusion, total: warning + exclusion }
}
