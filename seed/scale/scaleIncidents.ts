import type pg from 'pg'
import {
  daytimeHours,
  daytimeWeights,
  dayWeights,
  incidentTypeList,
  nightHours,
  nightWeights,
  stories,
  typeWeights,
} from '../incidents'
import type { Random } from '../random'
import { bulkInsert } from './bulkInsert'
import { cumulativePicker, zipf } from './cumulativePicker'

const nightTypes = new Set(['violence', 'abuse-to-staff', 'street-drinking', 'drugs'])
const outcomes = ['none', 'arrest', 'charge', 'conviction', 'nfa'] as const

/** A time in the last `days` days with the weekday and hour patterns of the demo seed. */
const occurredAt = (random: Random, days: number, night: boolean, now: number): Date => {
  for (;;) {
    const date = new Date(now - random.next() * days * 86_400_000)
    const weekday = (date.getUTCDay() + 6) % 7
    if (random.next() * 1.5 > (dayWeights[weekday] ?? 1)) continue
    const hour = night
      ? random.weighted(nightHours, nightWeights)
      : random.weighted(daytimeHours, daytimeWeights)
    date.setUTCHours(hour, random.int(0, 59), 0, 0)
    if (date.getTime() < now) return date
  }
}

/**
 * 200,000 reports over five years: repeat-victim businesses and prolific offenders (Zipf), weekend and
 * time-of-day patterns, police outcomes on some, each reported by a member of the business. The first
 * profile gets `busiest` reports of its own. Returns how many reports each profile ended with.
 */
export const scaleIncidents = async (
  client: pg.Client,
  random: Random,
  options: {
    count: number
    years: number
    busiest: number
    businesses: number[]
    members: { id: number; business: number }[]
    offenders: number[]
    log: (message: string) => void
  },
) => {
  const { count, years, busiest, businesses, members, offenders, log } = options
  const now = Date.now()
  const membersOf = new Map<number, number[]>()
  for (const member of members)
    membersOf.set(member.business, [...(membersOf.get(member.business) ?? []), member.id])
  const pickBusiness = cumulativePicker(zipf(businesses.length, 0.8), random)
  const pickOffender = cumulativePicker(zipf(offenders.length, 0.9), random)
  const busiestProfile = offenders[0] as number
  const chunk = 20_000
  for (let start = 0; start < count; start += chunk) {
    const rows: unknown[][] = []
    const links: number[][] = []
    for (let index = start; index < Math.min(count, start + chunk); index++) {
      const type = random.weighted(incidentTypeList, typeWeights)
      const business = businesses[pickBusiness()] as number
      const reporters = membersOf.get(business) ?? []
      const story = random.pick(stories[type])
      const when = occurredAt(random, years * 365, nightTypes.has(type), now)
      const linked: number[] = []
      if (index < busiest) linked.push(busiestProfile)
      else if (type !== 'welfare-concern' && random.chance(0.6)) {
        linked.push(offenders[pickOffender()] as number)
        if (random.chance(0.1)) linked.push(offenders[pickOffender()] as number)
      }
      const theft = type === 'theft'
      const lost = theft ? random.int(5, 400) : null
      const policeOutcome = random.chance(0.2) ? random.weighted(outcomes, [1, 4, 2, 2, 3]) : 'none'
      rows.push([
        type,
        when.toISOString(),
        business,
        story.slice(0, 140),
        story,
        lost,
        theft && random.chance(0.3) ? Math.floor((lost ?? 0) * random.next()) : null,
        random.chance(0.35),
        random.weighted(['submitted', 'reviewed', 'linked', 'closed'], [1, 2, 3, 4]),
        reporters.length ? random.pick(reporters) : null,
        policeOutcome === 'none' ? null : `NB/${when.getUTCFullYear()}/${100000 + index}`,
        policeOutcome,
        when.toISOString(),
        when.toISOString(),
      ])
      links.push([...new Set(linked)])
    }
    const ids = await bulkInsert(
      client,
      'incidents',
      [
        'type_id',
        'occurred_at',
        'business_id',
        'summary',
        'description',
        'value_lost',
        'value_recovered',
        'police_called',
        'status',
        'reporter_id',
        'police_crime_reference',
        'police_outcome_id',
        'created_at',
        'updated_at',
      ],
      rows,
    )
    const relRows: unknown[][] = []
    for (const [index, id] of ids.entries()) {
      for (const [order, offender] of (links[index] ?? []).entries())
        relRows.push([order + 1, id, 'offenders', offender])
    }
    await bulkInsert(client, 'incidents_rels', ['order', 'parent_id', 'path', 'offenders_id'], relRows, false)
    log(`  ${Math.min(count, start + chunk).toLocaleString('en-GB')} reports`)
  }
  // The gallery sorts and filters on the latest report: derive it once, as the collection's hook would.
  await client.query(`
    update offenders o set last_incident_at = latest.at
    from (
      select r.offenders_id as id, max(i.occurred_at) as at
      from incidents_rels r join incidents i on i.id = r.parent_id
      where r.path = 'offenders' group by r.offenders_id
    ) latest
    where latest.id = o.id`)
}
