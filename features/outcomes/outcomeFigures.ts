import 'server-only'
import type { Payload } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { countOutcomes } from './countOutcomes'
import { mayReadOutcomes } from './mayReadOutcomes'
import type { OutcomePeriod } from './outcomePeriod'
import type { OutcomeFigures } from './types'

/**
 * The outcome report's figures for a period: the scheme's management figures, for admins and scheme
 * managers only, counted over the rows their read access allows (countOutcomes).
 */
export const outcomeFigures = async (
  payload: Payload,
  staff: StaffAccount | null,
  period: OutcomePeriod,
): Promise<OutcomeFigures> => {
  if (!mayReadOutcomes(staff)) throw new Error('Outcome reports are for admins and scheme managers only.')
  return countOutcomes(payload, staff, period)
}
