import 'server-only'
import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { amongReadable } from '@/lib/database/amongReadable'
import { postgresOf } from '@/lib/database/postgresOf'
import type { BusinessAnnexRow } from './types'

const pounds = (value: unknown) => Math.round(Number(value ?? 0) * 100) / 100

/**
 * The board's per-business annex: one row per business with a report in the period, by name, counted in
 * PostgreSQL over the readableIdsSql SELECTs of the period's reports and of businesses. Positive police
 * outcomes only when the caller has checked the outcome field's rule (`seesOutcomes`).
 */
export const countBusinessAnnex = async (
  payload: Payload,
  readable: { incidents: SQL | null; businesses: SQL | null; seesOutcomes: boolean },
): Promise<BusinessAnnexRow[]> => {
  const result = await postgresOf(payload).drizzle.execute(sql`
    SELECT b.name, count(*) AS reports,
      coalesce(sum(i.value_lost), 0) AS lost, coalesce(sum(i.value_recovered), 0) AS recovered,
      count(*) FILTER (WHERE o.counts_as = 'positive') AS positive,
      count(*) FILTER (WHERE i.exclusion_breach) AS breaches
    FROM incidents i
    JOIN businesses b ON b.id = i.business_id
    LEFT JOIN police_outcomes o ON o.id = i.police_outcome_id
    WHERE ${amongReadable(sql`i.id`, readable.incidents)} AND ${amongReadable(sql`b.id`, readable.businesses)}
    GROUP BY b.id, b.name ORDER BY b.name, b.id`)
  return (result.rows as Record<string, string | number>[]).map((row) => ({
    name: String(row.name),
    reports: Number(row.reports),
    valueLost: pounds(row.lost),
    valueRecovered: pounds(row.recovered),
    positiveOutcomes: readable.seesOutcomes ? Number(row.positive) : null,
    breaches: Number(row.breaches),
  }))
}
