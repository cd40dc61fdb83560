import 'server-only'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { incidentTypes } from '@/collections/Incidents/incidentTypes'
import { isoWeekLabel, mondayOf } from '@/features/patterns/isoWeek'
import { isoDateOf } from '@/features/patterns/londonTime'
import type { WeekCount } from '@/features/patterns/types'
import { labelOf } from '@/lib/format/labelOf'
import { mayReadOutcomes } from './mayReadOutcomes'
import type { OutcomePeriod } from './outcomePeriod'
import type { OutcomeFigures } from './types'

const msPerDay = 86_400_000
const dayNumberOf = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / msPerDay
const count = (value: unknown) => Number(value ?? 0)
const pounds = (value: unknown) => Math.round(Number(value ?? 0) * 100) / 100

/**
 * The outcome report's figures for a period, aggregated in PostgreSQL (a year of a busy scheme is tens
 * of thousands of rows; counting them in JavaScript would load them all). Aggregates read the tables
 * directly, so the caller's role is checked here first: admins and scheme managers only. Weeks are UK
 * weeks (Monday first), and incidents count by when they happened, not when they were reported.
 */
export const outcomeFigures = async (
  payload: Payload,
  staff: StaffAccount | null,
  period: OutcomePeriod,
): Promise<OutcomeFigures> => {
  if (!mayReadOutcomes(staff)) throw new Error('Outcome reports are for admins and scheme managers only.')
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const start = period.start.toISOString()
  const end = period.end.toISOString()
  const inPeriod = sql`i.occurred_at >= ${start}::timestamptz AND i.occurred_at < ${end}::timestamptz`

  const [totals, types, weeks, places, offenders, exclusions, visits] = await Promise.all([
    db.execute(sql`
      SELECT count(*) AS incidents,
             coalesce(sum(i.value_lost), 0) AS lost,
             coalesce(sum(i.value_recovered), 0) AS recovered,
             count(*) FILTER (WHERE i.exclusion_breach) AS breaches,
             count(*) FILTER (WHERE i.police_outcome = 'arrest') AS arrests,
             count(*) FILTER (WHERE i.police_outcome = 'charge') AS charges,
             count(*) FILTER (WHERE i.police_outcome = 'conviction') AS convictions
      FROM incidents i WHERE ${inPeriod}`),
    db.execute(
      sql`SELECT i.type AS type, count(*) AS count FROM incidents i WHERE ${inPeriod} GROUP BY i.type`,
    ),
    db.execute(sql`
      SELECT to_char(date_trunc('week', i.occurred_at AT TIME ZONE 'Europe/London'), 'YYYY-MM-DD') AS monday,
             count(*) AS count
      FROM incidents i WHERE ${inPeriod} GROUP BY 1`),
    db.execute(sql`
      SELECT b.name AS name, count(*) AS count
      FROM incidents i JOIN businesses b ON b.id = i.business_id
      WHERE ${inPeriod} GROUP BY b.id, b.name ORDER BY count(*) DESC, b.name LIMIT 10`),
    db.execute(sql`
      SELECT count(DISTINCT r.offenders_id) AS count
      FROM incidents_rels r JOIN incidents i ON i.id = r.parent_id
      WHERE r.path = 'offenders' AND r.offenders_id IS NOT NULL AND ${inPeriod}`),
    db.execute(sql`
      SELECT o.exclusion_stage AS stage, count(*) AS count FROM offenders o
      WHERE o.exclusion_starts_at >= ${start}::timestamptz AND o.exclusion_starts_at < ${end}::timestamptz
      GROUP BY o.exclusion_stage`),
    db.execute(sql`
      SELECT count(*) AS visits, count(DISTINCT v.business_id) AS shops FROM shop_visits v
      WHERE v.visited_at >= ${start}::timestamptz AND v.visited_at < ${end}::timestamptz`),
  ])

  const total = totals.rows[0] ?? {}
  const weekCounts = new Map(weeks.rows.map((row) => [String(row.monday), count(row.count)]))
  const byWeek: WeekCount[] = []
  for (
    let monday = mondayOf(dayNumberOf(period.from));
    monday <= mondayOf(dayNumberOf(period.to));
    monday += 7
  ) {
    const weekStart = isoDateOf(monday)
    byWeek.push({ weekStart, isoWeek: isoWeekLabel(monday), count: weekCounts.get(weekStart) ?? 0 })
  }
  const stages = new Map(exclusions.rows.map((row) => [String(row.stage ?? 'none'), count(row.count)]))
  const warning = stages.get('warning') ?? 0
  const exclusion = stages.get('exclusion') ?? 0
  // An exclusion that has run its course goes back to stage "none" (jobs/endExpiredExclusions), keeping its dates.
  const ended = stages.get('none') ?? 0
  const visitRow = visits.rows[0] ?? {}

  return {
    from: period.from,
    to: period.to,
    incidents: count(total.incidents),
    byType: types.rows
      .map((row) => ({
        type: String(row.type),
        label: labelOf(incidentTypes, String(row.type)),
        count: count(row.count),
      }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en-GB')),
    byWeek,
    byBusiness: places.rows.map((row) => ({ name: String(row.name), count: count(row.count) })),
    valueLost: pounds(total.lost),
    valueRecovered: pounds(total.recovered),
    offendersActive: count(offenders.rows[0]?.count),
    exclusionsIssued: { warning, exclusion, ended, total: warning + exclusion + ended },
    breaches: count(total.breaches),
    arrests: count(total.arrests),
    charges: count(total.charges),
    convictions: count(total.convictions),
    shopVisits: count(visitRow.visits),
    shopsVisited: count(visitRow.shops),
  }
}
