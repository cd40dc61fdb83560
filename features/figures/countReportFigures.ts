import 'server-only'
import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import type { OutcomePeriod } from '@/features/outcomes/outcomePeriod'
import { typesFromCounts } from '@/features/patterns/byType'
import { amongReadable } from '@/lib/database/amongReadable'
import { postgresOf } from '@/lib/database/postgresOf'
import { londonMonthSql } from './londonMonthSql'
import { monthsOf } from './monthsOf'
import { penceSql } from './penceSql'
import type { ReportFigures } from './types'

type Row = {
  reports: string | number
  lost: string | number
  recovered: string | number
  positive: string | number
  types: [string, string | null, number][]
  months: [string, number][]
}

/**
 * A period's report figures in PostgreSQL: by type, by UK month, losses in pence and the reports whose
 * police outcome counts as positive. `incidents` is the readableIdsSql SELECT of the period's reports as the
 * reader (their own business for a manager, every report for police and staff); the caller has checked the
 * police outcome's field rule, as countPoliceOutcomes' callers do.
 */
export const countReportFigures = async (
  payload: Payload,
  incidents: SQL | null,
  period: OutcomePeriod,
): Promise<ReportFigures> => {
  const result = await postgresOf(payload).drizzle.execute(sql`
    WITH r AS (
      SELECT i.type_id, i.occurred_at, ${penceSql(sql`i.value_lost`)} AS lost,
             ${penceSql(sql`i.value_recovered`)} AS recovered, o.counts_as = 'positive' AS positive
      FROM incidents i LEFT JOIN police_outcomes o ON o.id = i.police_outcome_id
      WHERE ${amongReadable(sql`i.id`, incidents)}
    )
    SELECT
      (SELECT count(*) FROM r) AS reports,
      (SELECT coalesce(sum(lost), 0) FROM r) AS lost,
      (SELECT coalesce(sum(recovered), 0) FROM r) AS recovered,
      (SELECT count(*) FILTER (WHERE positive) FROM r) AS positive,
      (SELECT coalesce(json_agg(json_build_array(type, label, n)), '[]')
         FROM (SELECT r.type_id AS type, t.label, count(*) AS n FROM r
               LEFT JOIN incident_types t ON t.id = r.type_id GROUP BY 1, 2) t) AS types,
      (SELECT coalesce(json_agg(json_build_array(month, n)), '[]')
         FROM (SELECT ${londonMonthSql(sql`occurred_at`)} AS month, count(*) AS n FROM r GROUP BY 1) m) AS months
  `)
  const row = result.rows[0] as Row
  const reports = Number(row.reports)
  const positive = Number(row.positive)
  const months = new Map(row.months.map(([month, n]) => [month, Number(n)]))
  return {
    reports,
    byType: typesFromCounts(
      new Map(row.types.map(([type, , n]) => [type, Number(n)])),
      new Map(row.types.map(([type, label]) => [type, label ?? type])),
    ),
    byMonth: monthsOf(period).map((month) => ({ month, count: months.get(month) ?? 0 })),
    lost: Number(row.lost) / 100,
    recovered: Number(row.recovered) / 100,
    positiveOutcomes: positive,
    outcomeRate: reports > 0 ? positive / reports : null,
  }
}
