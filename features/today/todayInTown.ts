import 'server-only'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { schemeCountScope } from '@/collections/Incidents/access/schemeCountScope'
import { galleryProfiles } from '@/collections/Offenders/access/readOffenders'
import { amongReadable } from '@/lib/database/amongReadable'
import { matchingIdsSql } from '@/lib/database/matchingIdsSql'
import { postgresOf } from '@/lib/database/postgresOf'
import { readableIdsSql } from '@/lib/database/readableIdsSql'
import { type ShownCount, shownCount } from './shownCount'
import { streetsOf } from './streetsOf'
import { type TodayWindow, todayWindow } from './todayWindow'

/** A figure for today and for this week. */
export type DayAndWeek = { today: ShownCount; week: ShownCount }

export type TodayInTown = {
  window: TodayWindow
  /** Below this a count reads "fewer than" (1: every count exact). */
  minimumCell: number
  reports: DayAndWeek
  byType: ({ type: string; label: string } & DayAndWeek)[]
  byStreet: ({ street: string } & DayAndWeek)[]
  /** Gallery profiles the viewer may open that were linked to a counted report this week. */
  profiles: ({ id: number; name: string } & DayAndWeek)[]
  /** Notices served, for viewers who may read notices (police, scheme staff); otherwise null. */
  exclusions: { today: number; week: number; profiles: { id: number; name: string }[] } | null
}

type Pair = [number, number]
type Row = {
  today: string
  week: string
  types: [string, string, ...Pair][]
  places: [string | null, ...Pair][]
  profiles: [number, string | null, ...Pair][]
}

/** How many reported profiles the page lists at most (most reported first). */
const profileLimit = 20

/**
 * "Today in town" for `viewer` (docs/today-in-town.md): today's and this week's reports across the scheme,
 * by type and by street, counted in PostgreSQL over the reports schemeCountScope lets the viewer count, with
 * its minimum cell size; the gallery profiles among them the viewer may open (readOffenders, gallery only);
 * and exclusion notices served, through the notices' own read access. Only counts, type labels, streets
 * and gallery names leave this function: never a report, its description, reporter or business.
 */
export const todayInTown = async (
  payload: Payload,
  viewer: Account,
  now = new Date(),
): Promise<TodayInTown> => {
  const window = todayWindow(now)
  const scope = await schemeCountScope({ user: viewer, payload })
  const minimumCell = scope?.minimumCell ?? 1
  const inWeek = (field: string) => ({
    and: [
      { [field]: { greater_than_equal: window.weekStart.toISOString() } },
      { [field]: { less_than: window.weekEnd.toISOString() } },
    ],
  })
  const countable = scope
    ? matchingIdsSql(payload, 'incidents', { and: [scope.where, inWeek('occurredAt')] })
    : null
  const [businesses, readableProfiles, notices] = await Promise.all([
    readableIdsSql(payload, 'businesses', viewer, {}),
    readableIdsSql(payload, 'offenders', viewer, {}),
    readableIdsSql(payload, 'exclusion-notices', viewer, inWeek('service.servedAt')),
  ])
  // Listed profiles are the gallery's, for staff too: the viewer's read access, and only the gallery within
  // it (not a filter in the viewer's name: members may not query the safeguarding flag at all).
  const profiles = readableProfiles
    ? sql`${readableProfiles} INTERSECT ${matchingIdsSql(payload, 'offenders', galleryProfiles)}`
    : null
  const dayStart = sql`${window.dayStart.toISOString()}::timestamptz`
  const db = postgresOf(payload).drizzle
  const result = await db.execute(sql`
    WITH r AS (
      SELECT i.id, i.type_id AS type, i.business_id, i.occurred_at >= ${dayStart} AS today
      FROM incidents i WHERE ${amongReadable(sql`i.id`, countable)}
    )
    SELECT
      (SELECT count(*) FROM r WHERE today) AS today,
      (SELECT count(*) FROM r) AS week,
      (SELECT coalesce(json_agg(json_build_array(type, label, d, w) ORDER BY w DESC, label), '[]')
         FROM (SELECT r.type, coalesce(t.label, r.type) AS label, count(*) FILTER (WHERE today) AS d,
                      count(*) AS w
               FROM r LEFT JOIN incident_types t ON t.id = r.type GROUP BY 1, 2) x) AS types,
      (SELECT coalesce(json_agg(json_build_array(line1, d, w)), '[]')
         FROM (SELECT CASE WHEN ${amongReadable(sql`b.id`, businesses)} THEN b.address_line1 END AS line1,
                      count(*) FILTER (WHERE today) AS d, count(*) AS w
               FROM r LEFT JOIN businesses b ON b.id = r.business_id GROUP BY 1) x) AS places,
      (SELECT coalesce(json_agg(json_build_array(id, name, d, w) ORDER BY w DESC, name, id), '[]')
         FROM (SELECT o.id, o.display_name AS name, count(DISTINCT r.id) FILTER (WHERE today) AS d,
                      count(DISTINCT r.id) AS w
               FROM r JOIN incidents_rels rel ON rel.parent_id = r.id AND rel.path = 'offenders'
               JOIN offenders o ON o.id = rel.offenders_id
               WHERE ${amongReadable(sql`o.id`, profiles)}
               GROUP BY o.id, o.display_name ORDER BY w DESC, name, o.id LIMIT ${profileLimit}) x) AS profiles
  `)
  const row = result.rows[0] as Row
  const shown = ([today, week]: Pair): DayAndWeek => ({
    today: shownCount(Number(today), minimumCell),
    week: shownCount(Number(week), minimumCell),
  })
  return {
    window,
    minimumCell,
    reports: shown([Number(row.today), Number(row.week)]),
    byType: row.types.map(([type, label, d, w]) => ({ type, label, ...shown([d, w]) })),
    byStreet: streetsOf(row.places, minimumCell).map(({ street, counts }) => ({ street, ...shown(counts) })),
    profiles: row.profiles.map(([id, name, d, w]) => ({ id, name: name ?? `#${id}`, ...shown([d, w]) })),
    exclusions: notices ? await servedNotices(payload, notices, profiles, window) : null,
  }
}

/** Notices served today and this week among `notices`, and the gallery profiles they were served on. */
const servedNotices = async (
  payload: Payload,
  notices: NonNullable<Awaited<ReturnType<typeof readableIdsSql>>>,
  profiles: Awaited<ReturnType<typeof readableIdsSql>>,
  window: TodayWindow,
) => {
  const result = await postgresOf(payload).drizzle.execute(sql`
    WITH n AS (
      SELECT e.offender_id, e.service_served_at >= ${window.dayStart.toISOString()}::timestamptz AS today
      FROM exclusion_notices e WHERE e.id IN (${notices})
    )
    SELECT
      (SELECT count(*) FROM n WHERE today) AS today,
      (SELECT count(*) FROM n) AS week,
      (SELECT coalesce(json_agg(json_build_array(o.id, o.display_name) ORDER BY o.display_name, o.id), '[]')
         FROM offenders o WHERE o.id IN (SELECT offender_id FROM n)
         AND ${amongReadable(sql`o.id`, profiles)}) AS profiles
  `)
  const row = result.rows[0] as { today: string; week: string; profiles: [number, string | null][] }
  return {
    today: Number(row.today),
    week: Number(row.week),
    profiles: row.profiles.map(([id, name]) => ({ id, name: name ?? `#${id}` })),
  }
}
