import type { Payload } from 'payload'
import type { Business, Incident, Member, Offender } from '@/payload-types'
import type { Random } from './random'

/** The demo's report types: keys of the default vocabulary (seed/vocabulary/defaultVocabulary.ts). */
export const incidentTypeList = [
  'theft',
  'abuse-to-staff',
  'violence',
  'criminal-damage',
  'asb',
  'begging',
  'street-drinking',
  'drugs',
  'exclusion-breach',
  'welfare-concern',
  'other',
] as const
type DemoType = (typeof incidentTypeList)[number]
export const typeWeights = [45, 10, 4, 6, 12, 7, 6, 4, 2, 3, 1]
// Monday..Sunday: busier at the weekend, like the article's town centre.
export const dayWeights = [0.8, 0.8, 0.9, 1, 1.3, 1.5, 1.1]
export const daytimeHours = [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
export const daytimeWeights = [3, 5, 7, 9, 10, 10, 9, 8, 7, 4, 2]
export const nightHours = [19, 20, 21, 22, 23, 0, 1, 2]
export const nightWeights = [2, 4, 6, 8, 9, 9, 6, 3]

export const stories: Record<DemoType, string[]> = {
  theft: [
    'Took items from the shelf by the door and left without paying.',
    'Filled a bag with stock and ran out when challenged.',
  ],
  'abuse-to-staff': [
    'Shouted abuse at the cashier after being refused service.',
    'Threatened staff when asked to leave.',
  ],
  violence: [
    'Pushed a member of staff who tried to stop them leaving.',
    'Fight outside the entrance; one person hurt.',
  ],
  'criminal-damage': [
    'Kicked the shop window, cracking the glass.',
    'Graffiti sprayed on the shutters overnight.',
  ],
  asb: [
    'Group gathering in the doorway, intimidating customers.',
    'Repeatedly riding bikes through the shop entrance.',
  ],
  begging: [
    'Begging at the entrance and following customers inside.',
    'Aggressive begging by the cash machine.',
  ],
  'street-drinking': [
    'Drinking in the doorway and leaving cans behind.',
    'Group drinking on the bench outside, shouting.',
  ],
  drugs: [
    'Suspected drug dealing in the alley beside the shop.',
    'Found drug paraphernalia in the customer toilet.',
  ],
  'exclusion-breach': ['Excluded person entered the shop and had to be asked to leave.'],
  'welfare-concern': [
    'Person sleeping in the doorway, looked very cold and unwell.',
    'Someone seemed confused and distressed.',
  ],
  other: ['Suspicious behaviour near the stockroom door.'],
}

const atDayAndHour = (random: Random, daysBack: number, night: boolean): Date => {
  for (;;) {
    const date = new Date(Date.now() - random.int(0, daysBack) * 86_400_000)
    const weekday = (date.getUTCDay() + 6) % 7
    if (random.next() * 1.5 > (dayWeights[weekday] ?? 1)) continue
    const hour = night
      ? random.weighted(nightHours, nightWeights)
      : random.weighted(daytimeHours, daytimeWeights)
    date.setUTCHours(hour, random.int(0, 59), 0, 0)
    if (date.getTime() > Date.now()) continue
    return date
  }
}

/** Ranks weighted 1/rank^skew: a few repeat victims and prolific offenders, a long tail of the rest. */
const zipfWeights = (count: number, skew: number) =>
  Array.from({ length: count }, (_, rank) => 1 / (rank + 1) ** skew)

/**
 * About 400 reports over six months with the patterns a real scheme sees: weekend peaks, daytime theft,
 * night-time violence, repeat victims and prolific offenders; some with police outcomes.
 */
export const seedIncidents = async (
  payload: Payload,
  random: Random,
  reporters: { member: Member; business: Business }[],
  offenders: Offender[],
  total = 400,
): Promise<Incident[]> => {
  const linkable = offenders.filter((offender) => offender.status === 'approved' && !offender.safeguarding)
  const victimWeights = zipfWeights(reporters.length, 0.9)
  const offenderWeights = zipfWeights(linkable.length, 1.1)
  const created: Incident[] = []
  for (let index = 0; index < total; index++) {
    const { member, business } = random.weighted(reporters, victimWeights)
    const type = random.weighted(incidentTypeList, typeWeights)
    const night =
      business.category === 'night-time' || ((type === 'violence' || type === 'asb') && random.chance(0.6))
    const occurredAt = atDayAndHour(random, 180, night)
    const ageDays = (Date.now() - occurredAt.getTime()) / 86_400_000
    const linkOffender =
      type !== 'welfare-concern' && type !== 'other' && random.chance(type === 'theft' ? 0.75 : 0.5)
    const offender = linkOffender ? random.weighted(linkable, offenderWeights) : undefined
    const lost =
      type === 'theft' ? random.int(5, 400) : type === 'criminal-damage' ? random.int(50, 900) : undefined
    const outcome =
      offender && random.chance(0.12)
        ? random.weighted(['arrest', 'charge', 'conviction', 'nfa'] as const, [5, 3, 2, 2])
        : 'none'
    const incident = await payload.create({
      collection: 'incidents',
      data: {
        type,
        occurredAt: occurredAt.toISOString(),
        business: business.id,
        reporter: member.id,
        spot: random.pick(['front door', 'till', 'aisle 3', 'outside', 'stockroom door', undefined]),
        summary: `${type.replace(/-/g, ' ')} at ${business.name}`.slice(0, 140),
        description: random.pick(stories[type]),
        valueLost: lost,
        valueRecovered: lost && random.chance(0.3) ? random.int(0, lost) : undefined,
        policeCalled: type === 'violence' || random.chance(0.25),
        offenders: offender ? [offender.id] : [],
        unknownPersonDescription: offender ? undefined : 'Adult, dark clothing, face partly covered.',
        status:
          ageDays > 60 ? random.pick(['closed', 'linked'] as const) : ageDays > 7 ? 'reviewed' : 'submitted',
        police:
          outcome === 'none'
            ? { outcome }
            : { outcome, crimeReference: `NB/${20000 + index}/26`, notes: 'Seeded police outcome.' },
      },
      depth: 0,
      context: { skipAudit: true },
      overrideAccess: true, // seeding
    })
    created.push(incident)
  }
  return created
}
