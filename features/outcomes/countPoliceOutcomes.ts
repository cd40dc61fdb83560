import 'server-only'
import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { amongReadable } from '@/lib/database/amongReadable'
import { postgresOf } from '@/lib/database/postgresOf'
import type { PoliceOutcomeCount } from './types'

/**
 * The period's reports by police outcome, in the order of the scheme's list (settings, read as the viewer):
 * every outcome still in use, with zeros, and a retired one only when reports still carry it. `incidents`
 * is the readableIdsSql SELECT of the period's reports; a report with no outcome stored counts as "none".
 * The caller checks the field rule (readPoliceOutcomeField) first: the SELECT applies row access only.
 */
export const countPoliceOutcomes = async (
  payload: Payload,
  viewer: Account,
  incidents: SQL | null,
): Promise<PoliceOutcomeCount[]> => {
  const [list, result] = await Promise.all([
    payload.find({
      collection: 'police-outcomes',
      sort: ['sortOrder', 'label'],
      select: { label: true, countsAs: true, retired: true },
      depth: 0,
      limit: 500,
      pagination: false,
      user: viewer,
      overrideAccess: false,
    }),
    postgresOf(payload).drizzle.execute(sql`
      SELECT coalesce(i.police_outcome_id, 'none') AS outcome, count(*) AS n FROM incidents i
      WHERE ${amongReadable(sql`i.id`, incidents)} GROUP BY 1`),
  ])
  const counts = new Map(
    (result.rows as { outcome: string; n: string | number }[]).map((row) => [row.outcome, Number(row.n)]),
  )
  return list.docs
    .map((outcome) => ({
      key: outcome.id,
      label: outcome.label,
      countsAs: outcome.countsAs,
      retired: outcome.retired === true,
      count: counts.get(outcome.id) ?? 0,
    }))
    .filter((outcome) => !outcome.retired || outcome.count > 0)
}
