import 'server-only'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { weeksFromCounts } from '@/features/patterns/byWeek'
import { listOpenSubjectRequests } from '@/features/subjectAccess/listOpenSubjectRequests'
import { amongReadable } from '@/lib/database/amongReadable'
import { postgresOf } from '@/lib/database/postgresOf'
import { readableIdsSql } from '@/lib/database/readableIdsSql'

const startOfMonth = (date: Date, offset = 0) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1))
const daysBefore = (date: Date, days: number) => new Date(date.getTime() - days * 86_400_000)

type Ranked = { id: number; count: number; name: string }
type Row = {
  this_month: string
  last_month: string
  types: [string, string, number][]
  weeks: [string, number][]
  places: [number, number, string | null][]
  profiles: [number, number, string | null][]
  proposals: string
  adopted: string
  applicants: string
}

/**
 * The staff dashboard's figures, counted in PostgreSQL over the rows `viewer` may read (each collection's
 * own read access picks them: lib/database/readableIdsSql.ts): this month against last, types, the last 12
 * weeks, the busiest businesses and most active profiles among those the viewer may read, and what is
 * waiting for staff (subject requests by deadline, exclusions ending soon).
 */
export const dashboardFigures = async (payload: Payload, viewer: Account, now = new Date()) => {
  const thisMonth = startOfMonth(now)
  const lastMonth = startOfMonth(now, -1)
  const twelveWeeksAgo = daysBefore(now, 84)
  const ninetyDaysAgo = daysBefore(now, 90)
  const in30Days = daysBefore(now, -30)
  const earliest = new Date(Math.min(lastMonth.getTime(), twelveWeeksAgo.getTime(), ninetyDaysAgo.getTime()))
  const since = (date: Date) => sql`r.occurred_at >= ${date.toISOString()}::timestamptz`
  const before = (date: Date) => sql`r.occurred_at < ${date.toISOString()}::timestamptz`

  const [incidents, profiles, proposals, businesses, adopted, applicants] = await Promise.all([
    readableIdsSql(payload, 'incidents', viewer, {
      occurredAt: { greater_than_equal: earliest.toISOString() },
    }),
    readableIdsSql(payload, 'offenders', viewer, {}),
    readableIdsSql(payload, 'offenders', viewer, { status: { equals: 'proposed' } }),
    readableIdsSql(payload, 'businesses', viewer, {}),
    readableIdsSql(payload, 'businesses', viewer, {
      and: [{ isAdopted: { equals: true } }, { membershipStatus: { equals: 'active' } }],
    }),
    readableIdsSql(payload, 'businesses', viewer, { membershipStatus: { equals: 'applicant' } }),
  ])
  const counted = (ids: typeof incidents) => (ids ? sql`(SELECT count(*) FROM (${ids}) ids)` : sql`0`)
  const db = postgresOf(payload).drizzle
  const result = await db.execute(sql`
    WITH r AS (
      SELECT i.id, i.occurred_at, i.occurred_at AT TIME ZONE 'Europe/London' AS local, i.type_id AS type,
             i.business_id
      FROM incidents i WHERE ${amongReadable(sql`i.id`, incidents)}
    )
    SELECT
      (SELECT count(*) FROM r WHERE ${since(thisMonth)}) AS this_month,
      (SELECT count(*) FROM r WHERE ${since(lastMonth)} AND ${before(thisMonth)}) AS last_month,
      (SELECT coalesce(json_agg(json_build_array(type, label, n) ORDER BY n DESC, type), '[]')
         FROM (SELECT r.type, coalesce(t.label, r.type) AS label, count(*) AS n FROM r
               LEFT JOIN incident_types t ON t.id = r.type WHERE ${since(thisMonth)} GROUP BY 1, 2) t) AS types,
      (SELECT coalesce(json_agg(json_build_array(monday, n)), '[]')
         FROM (SELECT to_char(date_trunc('week', local), 'YYYY-MM-DD') AS monday, count(*) AS n
               FROM r WHERE ${since(twelveWeeksAgo)} GROUP BY 1) w) AS weeks,
      (SELECT coalesce(json_agg(json_build_array(id, n, name) ORDER BY n DESC, id), '[]')
         FROM (SELECT b.id, count(*) AS n, b.name FROM r JOIN businesses b ON b.id = r.business_id
               WHERE ${since(thisMonth)} AND ${amongReadable(sql`b.id`, businesses)}
               GROUP BY b.id ORDER BY n DESC, b.id LIMIT 5) p) AS places,
      (SELECT coalesce(json_agg(json_build_array(id, n, name) ORDER BY n DESC, id), '[]')
         FROM (SELECT o.id, count(*) AS n, o.display_name AS name
               FROM r JOIN incidents_rels rel ON rel.parent_id = r.id AND rel.path = 'offenders'
               JOIN offenders o ON o.id = rel.offenders_id
               WHERE ${since(ninetyDaysAgo)} AND ${amongReadable(sql`o.id`, profiles)}
               GROUP BY o.id ORDER BY n DESC, o.id LIMIT 5) o) AS profiles,
      ${counted(proposals)} AS proposals,
      ${counted(adopted)} AS adopted,
      ${counted(applicants)} AS applicants
  `)
  const row = result.rows[0] as Row
  const ranked = (rows: Row['places']): Ranked[] =>
    rows.map(([id, count, name]) => ({ id, count, name: name ?? `#${id}` }))

  const [endingSoon, openRequests] = await Promise.all([
    payload.find({
      collection: 'offenders',
      where: {
        and: [
          { 'exclusion.stage': { equals: 'exclusion' } },
          { 'exclusion.endsAt': { greater_than_equal: now.toISOString() } },
          { 'exclusion.endsAt': { less_than: in30Days.toISOString() } },
        ],
      },
      select: { displayName: true, exclusion: { endsAt: true } },
      sort: 'exclusion.endsAt',
      limit: 10,
      depth: 0,
      user: viewer,
      overrideAccess: false,
      // A viewer who may read no profile has none ending, as every figure here counts nothing for them.
      disableErrors: true,
    }),
    listOpenSubjectRequests(payload, viewer, now),
  ])

  return {
    since: { thisMonth, lastMonth, twelveWeeksAgo, ninetyDaysAgo },
    thisMonth: Number(row.this_month),
    lastMonth: Number(row.last_month),
    byType: row.types,
    weeks: weeksFromCounts(new Map(row.weeks), { weeks: 12, now }),
    topBusinesses: ranked(row.places),
    activeOffenders: ranked(row.profiles),
    proposalsWaiting: Number(row.proposals),
    exclusionsEndingSoon: endingSoon.docs.map((doc) => ({
      id: doc.id,
      name: doc.displayName ?? `#${doc.id}`,
      endsAt: doc.exclusion?.endsAt ?? null,
    })),
    adoptedShops: Number(row.adopted),
    applicantsWaiting: Number(row.applicants),
    openRequests,
  }
}
