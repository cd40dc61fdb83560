import { startOfMonth, subDays, subMonths } from 'date-fns'
import type { Payload } from 'payload'
import { inLondon } from '@/lib/time/zones'

/**
 * Two fictional half-years of BID levy and running costs, ending with last month, so the outcome report's
 * presets (last month, last quarter, last 12 months) show a return on levy and a previous period.
 */
export const seedLevyPeriods = async (payload: Payload) => {
  const thisMonth = startOfMonth(new Date(), { in: inLondon })
  const halves = [
    {
      startsOn: subMonths(thisMonth, 12),
      endsOn: subDays(subMonths(thisMonth, 6), 1),
      levyCollected: 46_500,
      costs: { staff: 21_000, radios: 4_200, other: 2_350 },
      notes: 'Demo figures: first half of the levy year, including the radio replacement.',
    },
    {
      startsOn: subMonths(thisMonth, 6),
      endsOn: subDays(thisMonth, 1),
      levyCollected: 48_250,
      costs: { staff: 21_600, radios: 1_150, other: 2_600 },
      notes: 'Demo figures: second half of the levy year.',
    },
  ]
  for (const half of halves) {
    await payload.create({
      collection: 'levy-periods',
      data: { ...half, startsOn: half.startsOn.toISOString(), endsOn: half.endsOn.toISOString() },
      overrideAccess: true, // seeding
    })
  }
}
