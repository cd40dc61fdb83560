import 'server-only'
import type { Payload } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { countOutcomes } from './countOutcomes'
import { mayReadOutcomes } from './mayReadOutcomes'
import type { OutcomePeriod } from './outcomePeriod'
import { previousPeriod } from './previousPeriod'
import { returnOnLevy } from './returnOnLevy'
import { sumLevy } from './sumLevy'
import type { OutcomeFigures } from './types'

/**
 * The outcome report's figures for a period: the scheme's management figures, for admins and scheme
 * managers only, counted over the rows their read access allows (countOutcomes), with the return on levy
 * for the period and for the previous period of the same length.
 */
export const outcomeFigures = async (
  payload: Payload,
  staff: StaffAccount | null,
  period: OutcomePeriod,
): Promise<OutcomeFigures> => {
  if (!mayReadOutcomes(staff)) throw new Error('Outcome reports are for admins and scheme managers only.')
  const before = previousPeriod(period)
  const [figures, levy, earlier, earlierLevy] = await Promise.all([
    countOutcomes(payload, staff, period),
    sumLevy(payload, staff, period),
    countOutcomes(payload, staff, before),
    sumLevy(payload, staff, before),
  ])
  return {
    ...figures,
    returnOnLevy: { current: returnOnLevy(figures, levy), previous: returnOnLevy(earlier, earlierLevy) },
  }
}
