import 'server-only'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { amongReadable } from '@/lib/database/amongReadable'
import { postgresOf } from '@/lib/database/postgresOf'
import { readableIdsSql } from '@/lib/database/readableIdsSql'
import type { OutcomePeriod } from './outcomePeriod'
import type { LevyTotals } from './types'

/**
 * The levy and running costs that fall in a period (collections/LevyPeriods, under its own read access):
 * each levy period that overlaps counts in proportion to the UK days they share, so a year's levy gives a
 * month's report a month's share. PostgreSQL does the arithmetic in exact numerics. Null when no levy
 * period overlaps.
 */
export const sumLevy = async (
  payload: Payload,
  viewer: Account,
  period: OutcomePeriod,
): Promise<LevyTotals | null> => {
  // A levy period's days are stored as the start of each London day (checkLevyPeriodDates).
  const overlapping = await readableIdsSql(payload, 'levy-periods', viewer, {
    and: [
      { startsOn: { less_than: period.end.toISOString() } },
      { endsOn: { greater_than_equal: period.start.toISOString() } },
    ],
  })
  const result = await postgresOf(payload).drizzle.execute(sql`
    WITH days AS (
      SELECT l.*, (l.starts_on AT TIME ZONE 'Europe/London')::date AS first_day,
        (l.ends_on AT TIME ZONE 'Europe/London')::date AS last_day
      FROM levy_periods l WHERE ${amongReadable(sql`l.id`, overlapping)}
    ), shares AS (
      SELECT d.*, greatest(0, least(d.last_day, ${period.to}::date) - greatest(d.first_day, ${period.from}::date) + 1)::numeric
        / (d.last_day - d.first_day + 1) AS share
      FROM days d
    )
    SELECT count(*) AS periods,
      round(coalesce(sum(s.levy_collected * s.share), 0), 2) AS levy,
      round(coalesce(sum(coalesce(s.costs_staff, 0) * s.share), 0), 2) AS staff,
      round(coalesce(sum(coalesce(s.costs_radios, 0) * s.share), 0), 2) AS radios,
      round(coalesce(sum(coalesce(s.costs_other, 0) * s.share), 0), 2) AS other
    FROM shares s`)
  const row = result.rows[0] as Record<string, string | number>
  const periods = Number(row.periods)
  if (!periods) return null
  const staff = Number(row.staff)
  const radios = Number(row.radios)
  const other = Number(row.other)
  return {
    periods,
    levyCollected: Number(row.levy),
    costs: { staff, radios, other, total: Math.round((staff + radios + other) * 100) / 100 },
  }
}
