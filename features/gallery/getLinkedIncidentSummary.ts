import 'server-only'
import { sql } from '@payloadcms/db-postgres'
import { APIError } from 'payload'
import type { MemberAccount } from '@/access/accountOf'
import { type PlaceTotals, placeNameOf } from '@/features/patterns/byPlace'
import type { PatternAggregates } from '@/features/patterns/summariseAggregates'
import { auditMemberListRead } from '@/lib/audit/auditMemberListRead'
import { beginMemberListRead } from '@/lib/audit/beginMemberListRead'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { postgresOf } from '@/lib/database/postgresOf'
import { readableIdsSql } from '@/lib/database/readableIdsSql'

/** What a place is called when the viewer may not read its business, as the profile page always said. */
export const hiddenPlaceName = 'A member business'

const emptyMatrix = () => Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0))

/** One of the latest linked reports, for the profile's list. */
export type RecentIncident = { id: number; occurredAt: string; type: string; typeLabel: string }

export type LinkedIncidentSummary = { pattern: PatternAggregates; recent: RecentIncident[] }

type Row = {
  recent: [number, string, string, string | null][] | null
  total: string
  dated: string
  first_day: number | null
  last_day: number | null
  weeks: [number, string][]
  day_hours: [number, number, string][]
  types: [string, string | null, string][]
  places: [string | null, string, string][]
  lost: string
  recovered: string
}

/**
 * The latest ten reports linked to a profile, and the pattern of offending behind it, counted in PostgreSQL
 * over the incidents this member may read (the incidents collection's own access function picks them:
 * lib/database/readableIdsSql.ts); a place is named only if the member may read that business. A busy profile
 * has thousands of reports; loading them through the Local API to count them in Node took most of the
 * page's time (bench/RESULTS.md). UK weekday, hour and day come from `AT TIME ZONE 'Europe/London'`; money
 * is summed in whole pence with the rule of features/patterns/money.ts (missing or negative counts as nothing).
 * The summary is then built by the same ordering functions as for rows (summariseAggregates).
 */
export const getLinkedIncidentSummary = async (
  member: MemberAccount,
  offenderId: number,
): Promise<LinkedIncidentSummary> => {
  const payload = await getPayloadClient()
  // The latest ten are a list read: rate-limited per member and audit-logged with their ids (below).
  const listRead = await beginMemberListRead(member)
  if (listRead.refused) throw new APIError(listRead.refused, 429, null, true)
  const visible = await readableIdsSql(payload, 'incidents', member, { offenders: { contains: offenderId } })
  const empty: PatternAggregates = {
    total: 0,
    dated: 0,
    firstDay: null,
    lastDay: null,
    countsByMonday: new Map(),
    byDayAndHour: emptyMatrix(),
    countsByType: new Map(),
    typeLabels: new Map(),
    places: new Map(),
    lostPence: 0,
    recoveredPence: 0,
  }
  if (!visible) return { pattern: empty, recent: [] }
  // Place names only from businesses this member may read (the businesses collection's access decides).
  const namedBusinesses = await readableIdsSql(payload, 'businesses', member, {})
  const nameJoin = namedBusinesses
    ? sql`LEFT JOIN businesses b ON b.id = r.business_id AND b.id IN (${namedBusinesses})`
    : sql`LEFT JOIN businesses b ON false`
  const db = postgresOf(payload).drizzle
  const result = await db.execute(sql`
    WITH visible AS (${visible}),
    r AS (
      SELECT i.occurred_at AT TIME ZONE 'Europe/London' AS local, i.type_id AS type, i.business_id,
             CASE WHEN i.value_lost > 0 THEN round(i.value_lost * 100) ELSE 0 END AS lost,
             CASE WHEN i.value_recovered > 0 THEN round(i.value_recovered * 100) ELSE 0 END AS recovered
      FROM incidents i WHERE i.id IN (SELECT id FROM visible)
    ),
    d AS (
      SELECT (local::date - DATE '1970-01-01') AS day, extract(isodow FROM local)::int - 1 AS weekday,
             extract(hour FROM local)::int AS hour
      FROM r WHERE local IS NOT NULL
    )
    SELECT
      (SELECT json_agg(json_build_array(id, occurred_at, type, label))
         FROM (SELECT i.id, i.occurred_at, i.type_id AS type, t.label FROM incidents i
               LEFT JOIN incident_types t ON t.id = i.type_id WHERE i.id IN (SELECT id FROM visible)
               ORDER BY i.occurred_at DESC, i.id DESC LIMIT 10) l) AS recent,
      (SELECT count(*) FROM r) AS total,
      (SELECT count(*) FROM d) AS dated,
      (SELECT min(day) FROM d) AS first_day,
      (SELECT max(day) FROM d) AS last_day,
      (SELECT coalesce(json_agg(json_build_array(monday, n)), '[]')
         FROM (SELECT day - weekday AS monday, count(*) AS n FROM d GROUP BY 1) w) AS weeks,
      (SELECT coalesce(json_agg(json_build_array(weekday, hour, n)), '[]')
         FROM (SELECT weekday, hour, count(*) AS n FROM d GROUP BY 1, 2) h) AS day_hours,
      (SELECT coalesce(json_agg(json_build_array(type, label, n)), '[]')
         FROM (SELECT r.type, t.label, count(*) AS n FROM r LEFT JOIN incident_types t ON t.id = r.type
               GROUP BY 1, 2) t) AS types,
      (SELECT coalesce(json_agg(json_build_array(name, n, lost)), '[]')
         FROM (SELECT b.name, count(*) AS n, sum(r.lost) AS lost FROM r ${nameJoin} GROUP BY r.business_id, b.name) p)
        AS places,
      (SELECT coalesce(sum(lost), 0) FROM r) AS lost,
      (SELECT coalesce(sum(recovered), 0) FROM r) AS recovered
  `)
  const row = result.rows[0] as Row | undefined
  if (!row || Number(row.total) === 0) return { pattern: empty, recent: [] }
  const byDayAndHour = emptyMatrix()
  for (const [weekday, hour, n] of row.day_hours) {
    const hours = byDayAndHour[weekday]
    if (hours) hours[hour] = Number(n)
  }
  const recent = (row.recent ?? []).map(([id, occurredAt, type, label]) => ({
    id: Number(id),
    occurredAt: new Date(occurredAt).toISOString(),
    type,
    typeLabel: label ?? type,
  }))
  const pattern: PatternAggregates = {
    total: Number(row.total),
    dated: Number(row.dated),
    firstDay: row.first_day === null ? null : Number(row.first_day),
    lastDay: row.last_day === null ? null : Number(row.last_day),
    countsByMonday: new Map(row.weeks.map(([monday, n]) => [Number(monday), Number(n)])),
    byDayAndHour,
    countsByType: new Map(row.types.map(([type, , n]) => [type, Number(n)])),
    typeLabels: new Map(row.types.map(([type, label]) => [type, label ?? type])),
    places: placeTotals(row.places),
    lostPence: Number(row.lost),
    recoveredPence: Number(row.recovered),
  }
  const ids = recent.map((incident) => incident.id)
  await auditMemberListRead(listRead.req, {
    collection: 'incidents',
    ids,
    page: 1,
    // The latest ten of all the profile's reports this member may read: page 1 of them, ten a page.
    totalPages: Math.ceil(pattern.total / 10),
    totalDocs: pattern.total,
    via: 'profile',
  })
  return { pattern, recent }
}

/** Per-business counts merged by place name, as the row-by-row view does. */
const placeTotals = (rows: Row['places']) => {
  const places = new Map<string, PlaceTotals>()
  for (const [name, n, lost] of rows) {
    const place = placeNameOf(name ?? hiddenPlaceName)
    const totals = places.get(place) ?? { count: 0, lostPence: 0 }
    totals.count += Number(n)
    totals.lostPence += Number(lost)
    places.set(place, totals)
  }
  return places
}
