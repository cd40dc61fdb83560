import 'server-only'
import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import type { OutcomePeriod } from '@/features/outcomes/outcomePeriod'
import { unknownPlaceName } from '@/features/patterns/byPlace'
import { weekCounts } from '@/features/patterns/weekCounts'
import { amongReadable } from '@/lib/database/amongReadable'
import { postgresOf } from '@/lib/database/postgresOf'
import { isoDayFromEpochDays } from '@/lib/time/isoDayFromEpochDays'
import { streetSql } from './streetSql'
import type { SchemePattern, TrendCount } from './types'

type Row = {
  totals: { current: number; previous: number }
  day_hours: [number, number, number][]
  types: [string, string | null, number, number][]
  places: [string, number, number][]
  weeks: [number, number][]
}

const byCountThenLabel = (a: TrendCount, b: TrendCount) =>
  b.count - a.count || b.previous - a.previous || a.label.localeCompare(b.label, 'en-GB')

/**
 * The pattern of the period in PostgreSQL, with the previous period of the same length beside it:
 * `incidents` is the readableIdsSql SELECT of both periods' reports as the reader, `businesses` of the
 * businesses whose address the reader may read (a place is "Unknown place" otherwise). Day and hour are
 * UK time (`AT TIME ZONE 'Europe/London'`); the heatmap and weeks cover the period itself.
 */
export const countPattern = async (
  payload: Payload,
  incidents: SQL | null,
  businesses: SQL | null,
  period: OutcomePeriod,
  previous: OutcomePeriod,
): Promise<SchemePattern> => {
  const start = period.start.toISOString()
  const result = await postgresOf(payload).drizzle.execute(sql`
    WITH r AS (
      SELECT i.type_id, i.business_id, i.occurred_at AT TIME ZONE 'Europe/London' AS local,
             i.occurred_at >= ${start}::timestamptz AS current
      FROM incidents i WHERE ${amongReadable(sql`i.id`, incidents)}
    ),
    d AS (
      SELECT (local::date - DATE '1970-01-01') AS day, extract(isodow FROM local)::int - 1 AS weekday,
             extract(hour FROM local)::int AS hour
      FROM r WHERE current
    )
    SELECT
      (SELECT json_build_object('current', count(*) FILTER (WHERE current),
                                'previous', count(*) FILTER (WHERE NOT current)) FROM r) AS totals,
      (SELECT coalesce(json_agg(json_build_array(weekday, hour, n)), '[]')
         FROM (SELECT weekday, hour, count(*) AS n FROM d GROUP BY 1, 2) h) AS day_hours,
      (SELECT coalesce(json_agg(json_build_array(type, label, n, p)), '[]')
         FROM (SELECT r.type_id AS type, t.label, count(*) FILTER (WHERE current) AS n,
                      count(*) FILTER (WHERE NOT current) AS p
               FROM r LEFT JOIN incident_types t ON t.id = r.type_id GROUP BY 1, 2) t) AS types,
      (SELECT coalesce(json_agg(json_build_array(street, n, p)), '[]')
         FROM (SELECT coalesce(nullif(${streetSql(sql`b.address_line1`)}, ''), ${unknownPlaceName}) AS street,
                      count(*) FILTER (WHERE current) AS n, count(*) FILTER (WHERE NOT current) AS p
               FROM r LEFT JOIN businesses b ON b.id = r.business_id AND ${amongReadable(sql`b.id`, businesses)}
               GROUP BY 1) s) AS places,
      (SELECT coalesce(json_agg(json_build_array(monday, n)), '[]')
         FROM (SELECT day - weekday AS monday, count(*) AS n FROM d GROUP BY 1) w) AS weeks
  `)
  const row = result.rows[0] as Row
  const byDayAndHour = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0))
  for (const [weekday, hour, n] of row.day_hours) {
    const hours = byDayAndHour[weekday]
    if (hours) hours[hour] = Number(n)
  }
  const weeks = new Map(row.weeks.map(([monday, n]) => [isoDayFromEpochDays(Number(monday)), Number(n)]))
  return {
    from: period.from,
    to: period.to,
    previousFrom: previous.from,
    previousTo: previous.to,
    reports: Number(row.totals.current),
    previousReports: Number(row.totals.previous),
    byDayAndHour,
    byType: row.types
      .map(([key, label, n, p]) => ({ key, label: label ?? key, count: Number(n), previous: Number(p) }))
      .sort(byCountThenLabel),
    byPlace: row.places
      .map(([street, n, p]) => ({ key: street, label: street, count: Number(n), previous: Number(p) }))
      .sort(byCountThenLabel),
    byWeek: weekCounts(period.from, period.to, weeks),
  }
}
