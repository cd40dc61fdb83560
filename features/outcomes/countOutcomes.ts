import 'server-only'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type Where } from 'payload'
import type { Account } from '@/access/accountOf'
import { readPoliceOutcomeField } from '@/collections/Incidents/access/readPoliceOutcomeField'
import { weekCounts } from '@/features/patterns/weekCounts'
import { amongReadable } from '@/lib/database/amongReadable'
import { postgresOf } from '@/lib/database/postgresOf'
import { readableIdsSql } from '@/lib/database/readableIdsSql'
import { countBusinessAnnex } from './countBusinessAnnex'
import { countNoticesStarted } from './countNoticesStarted'
import { countPoliceOutcomes } from './countPoliceOutcomes'
import type { OutcomePeriod } from './outcomePeriod'
import type { PeriodFigures } from './types'

const count = (value: unknown) => Number(value ?? 0)
const pounds = (value: unknown) => Math.round(Number(value ?? 0) * 100) / 100

/**
 * The outcome figures for a period over the rows `viewer` may read: each collection's own read access picks
 * the reports, profiles, visits and businesses counted (lib/database/readableIdsSql.ts), and PostgreSQL
 * counts them (a year of a busy scheme is tens of thousands of rows). Police outcomes have field-level read
 * access, so they count only for a viewer who may read them, by the scheme's list of outcomes (settings);
 * exclusion notices count by when they start, each under its own collection's read access. Weeks are UK weeks (Monday first); reports
 * count by when they happened, not when they were reported.
 */
export const countOutcomes = async (
  payload: Payload,
  viewer: Account,
  period: OutcomePeriod,
): Promise<PeriodFigures> => {
  const start = period.start.toISOString()
  const end = period.end.toISOString()
  const inPeriod = (field: string): Where => ({
    and: [{ [field]: { greater_than_equal: start } }, { [field]: { less_than: end } }],
  })
  const [incidents, profiles, issued, visits, businesses, notices] = await Promise.all([
    readableIdsSql(payload, 'incidents', viewer, inPeriod('occurredAt')),
    readableIdsSql(payload, 'offenders', viewer, {}),
    readableIdsSql(payload, 'offenders', viewer, inPeriod('exclusion.startsAt')),
    readableIdsSql(payload, 'shop-visits', viewer, inPeriod('visitedAt')),
    readableIdsSql(payload, 'businesses', viewer, {}),
    readableIdsSql(payload, 'exclusion-notices', viewer, inPeriod('startsAt')),
  ])
  // The field rule looks at the viewer only, never at the report, so one answer holds for every row.
  const seesOutcomes = await readPoliceOutcomeField({ req: await createLocalReq({ user: viewer }, payload) })
  const db = postgresOf(payload).drizzle
  const result = await db.execute(sql`
    WITH r AS (
      SELECT i.id, i.type_id, i.occurred_at, i.business_id, i.value_lost, i.value_recovered, i.exclusion_breach
      FROM incidents i WHERE ${amongReadable(sql`i.id`, incidents)}
    )
    SELECT
      (SELECT json_build_object(
         'incidents', count(*), 'lost', coalesce(sum(i.value_lost), 0),
         'recovered', coalesce(sum(i.value_recovered), 0),
         'prevented', coalesce(sum(i.value_recovered) FILTER (
           WHERE i.value_recovered > 0 AND (i.value_lost IS NULL OR i.value_recovered >= i.value_lost)), 0),
         'recoveredPart', coalesce(sum(i.value_recovered) FILTER (
           WHERE i.value_recovered > 0 AND i.value_recovered < i.value_lost), 0),
         'breaches', count(*) FILTER (WHERE i.exclusion_breach)) FROM r i) AS totals,
      (SELECT coalesce(json_agg(json_build_array(type, label, n)), '[]')
         FROM (SELECT i.type_id AS type, t.label, count(*) AS n FROM r i
               LEFT JOIN incident_types t ON t.id = i.type_id GROUP BY 1, 2) t) AS types,
      (SELECT coalesce(json_agg(json_build_array(monday, n)), '[]')
         FROM (SELECT to_char(date_trunc('week', i.occurred_at AT TIME ZONE 'Europe/London'), 'YYYY-MM-DD')
                 AS monday, count(*) AS n FROM r i GROUP BY 1) w) AS weeks,
      (SELECT coalesce(json_agg(json_build_array(name, n) ORDER BY n DESC, name), '[]')
         FROM (SELECT b.name, count(*) AS n FROM r i JOIN businesses b ON b.id = i.business_id
               WHERE ${amongReadable(sql`b.id`, businesses)}
               GROUP BY b.id, b.name ORDER BY count(*) DESC, b.name LIMIT 10) p) AS places,
      (SELECT count(DISTINCT rel.offenders_id) FROM incidents_rels rel JOIN r i ON i.id = rel.parent_id
         WHERE rel.path = 'offenders' AND ${amongReadable(sql`rel.offenders_id`, profiles)}) AS offenders,
      (SELECT coalesce(json_agg(json_build_array(stage, n)), '[]')
         FROM (SELECT o.exclusion_stage AS stage, count(*) AS n FROM offenders o
               WHERE ${amongReadable(sql`o.id`, issued)} GROUP BY 1) e) AS stages,
      (SELECT json_build_object('visits', count(*), 'shops', count(DISTINCT v.business_id)) FROM shop_visits v
         WHERE ${amongReadable(sql`v.id`, visits)}) AS visits
  `)
  const row = result.rows[0] as {
    totals: Record<string, number | string>
    types: [string, string | null, number][]
    weeks: [string, number][]
    places: [string, number][]
    offenders: string
    stages: [string | null, number][]
    visits: { visits: number; shops: number }
  }
  const stages = new Map(row.stages.map(([stage, n]) => [stage ?? 'none', n]))
  const warning = stages.get('warning') ?? 0
  const exclusion = stages.get('exclusion') ?? 0
  // An exclusion that has run its course goes back to stage "none" (jobs/endExpiredExclusions), keeping its dates.
  const ended = stages.get('none') ?? 0
  const { totals } = row
  const [policeOutcomes, noticesStarted, annex] = await Promise.all([
    seesOutcomes ? countPoliceOutcomes(payload, viewer, incidents) : [],
    countNoticesStarted(payload, notices),
    countBusinessAnnex(payload, { incidents, businesses, seesOutcomes }),
  ])
  return {
    from: period.from,
    to: period.to,
    incidents: count(totals.incidents),
    byType: row.types
      .map(([type, label, n]) => ({ type, label: label ?? type, count: n }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en-GB')),
    byWeek: weekCounts(period.from, period.to, new Map(row.weeks)),
    byBusiness: row.places.map(([name, n]) => ({ name, count: n })),
    valueLost: pounds(totals.lost),
    valueRecovered: pounds(totals.recovered),
    offendersActive: count(row.offenders),
    exclusionsIssued: { warning, exclusion, ended, total: warning + exclusion + ended },
    breaches: count(totals.breaches),
    noticesStarted,
    policeOutcomes,
    positiveOutcomes: policeOutcomes
      .filter((outcome) => outcome.countsAs === 'positive')
      .reduce((sum, outcome) => sum + outcome.count, 0),
    shopVisits: row.visits.visits,
    shopsVisited: row.visits.shops,
    lossesPrevented: pounds(totals.prevented),
    lossesRecovered: pounds(totals.recoveredPart),
    // The default list's key (docs/vocabulary.md); a scheme without it reports none.
    convictions: policeOutcomes.find((outcome) => outcome.key === 'conviction')?.count ?? 0,
    businesses: annex,
  }
}
