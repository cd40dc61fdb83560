import 'server-only'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { OutcomePeriod } from '@/features/outcomes/outcomePeriod'
import { postgresOf } from '@/lib/database/postgresOf'
import { londonMonthSql } from './londonMonthSql'
import { penceSql } from './penceSql'
import { schemeAverageMinBusinesses } from './schemeAverageMinBusinesses'
import type { SchemeAverages } from './types'

type Totals = {
  businesses: number
  reports: number
  lost: number
  lost_by: number
  recovered: number
  recovered_by: number
  positive: number
  positive_by: number
}
type Row = {
  totals: Totals
  types: [string, number, number, string | null][]
  months: [string, number, number][]
}

/** Averages are shown to one decimal place: enough to compare, no more precise than the counts behind them. */
const oneDecimal = (value: number) => Math.round(value * 10) / 10

/**
 * The scheme's average per reporting business over every report in the period, in PostgreSQL. This is the
 * one figure not counted through the reader's own row access (docs/access-control.md, "Scheme averages"):
 * a business manager compares their business with the scheme without reading any other business's reports.
 * It is safe to show because it is one number per measure, carries no business's name, and each measure is
 * published only when at least schemeAverageMinBusinesses businesses contribute to it (for money and
 * outcomes: that many with a value above zero). The divisor is the businesses that filed any report in the
 * period; the outcome rate is pooled (all positive outcomes / all reports). Callers decide who may see it
 * (figuresScopeOf).
 */
export const countSchemeAverages = async (
  payload: Payload,
  period: OutcomePeriod,
): Promise<SchemeAverages> => {
  const start = period.start.toISOString()
  const end = period.end.toISOString()
  const result = await postgresOf(payload).drizzle.execute(sql`
    WITH r AS (
      SELECT i.business_id, i.type_id, ${londonMonthSql(sql`i.occurred_at`)} AS month,
             ${penceSql(sql`i.value_lost`)} AS lost, ${penceSql(sql`i.value_recovered`)} AS recovered,
             o.counts_as = 'positive' AS positive
      FROM incidents i LEFT JOIN police_outcomes o ON o.id = i.police_outcome_id
      WHERE i.occurred_at >= ${start}::timestamptz AND i.occurred_at < ${end}::timestamptz
    ),
    b AS (
      SELECT business_id, count(*) AS n, sum(lost) AS lost, sum(recovered) AS recovered,
             count(*) FILTER (WHERE positive) AS positive
      FROM r GROUP BY 1
    )
    SELECT
      (SELECT json_build_object(
         'businesses', count(*), 'reports', coalesce(sum(n), 0),
         'lost', coalesce(sum(lost), 0), 'lost_by', count(*) FILTER (WHERE lost > 0),
         'recovered', coalesce(sum(recovered), 0), 'recovered_by', count(*) FILTER (WHERE recovered > 0),
         'positive', coalesce(sum(positive), 0), 'positive_by', count(*) FILTER (WHERE positive > 0)) FROM b) AS totals,
      (SELECT coalesce(json_agg(json_build_array(type_id, n, by, label)), '[]')
         FROM (SELECT r.type_id, count(*) AS n, count(DISTINCT r.business_id) AS by, t.label
               FROM r LEFT JOIN incident_types t ON t.id = r.type_id GROUP BY 1, 4) t) AS types,
      (SELECT coalesce(json_agg(json_build_array(month, n, by)), '[]')
         FROM (SELECT month, count(*) AS n, count(DISTINCT business_id) AS by FROM r GROUP BY 1) m) AS months
  `)
  const { totals, types, months } = result.rows[0] as Row
  const businesses = Number(totals.businesses)
  const enough = (contributors: number) =>
    businesses >= schemeAverageMinBusinesses && contributors >= schemeAverageMinBusinesses
  const perBusiness = (sum: number, contributors: number) =>
    enough(contributors) ? oneDecimal(Number(sum) / businesses) : null
  const perBusinessPounds = (pence: number, contributors: number) =>
    enough(contributors) ? Math.round(Number(pence) / businesses) / 100 : null
  // Each key's average per business, only where enough businesses contribute to that key.
  const published = <R extends [string, number, number, ...unknown[]], V>(
    rows: R[],
    entryOf: (average: number, row: R) => V,
  ): Record<string, V> =>
    Object.fromEntries(
      rows
        .filter(([, , by]) => enough(Number(by)))
        .map((row) => [row[0], entryOf(oneDecimal(Number(row[1]) / businesses), row)]),
    )
  return {
    businesses: enough(businesses) ? businesses : null,
    reports: perBusiness(totals.reports, businesses),
    byType: published(types, (average, [type, , , label]) => ({ label: label ?? type, average })),
    byMonth: published(months, (average) => average),
    lost: perBusinessPounds(totals.lost, Number(totals.lost_by)),
    recovered: perBusinessPounds(totals.recovered, Number(totals.recovered_by)),
    outcomeRate: enough(Number(totals.positive_by)) ? Number(totals.positive) / Number(totals.reports) : null,
  }
}
