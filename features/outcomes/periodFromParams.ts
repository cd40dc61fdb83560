import { type OutcomePeriod, outcomePeriod } from './outcomePeriod'
import { outcomePresets } from './outcomePresets'

/**
 * The period a page or download asks for (`?from=YYYY-MM-DD&to=YYYY-MM-DD`); last month when neither is
 * given, a message when they are wrong.
 */
export const periodFromParams = (
  params: { from?: string | string[] | null; to?: string | string[] | null },
  now = new Date(),
): OutcomePeriod | { error: string } => {
  const first = (value: string | string[] | null | undefined) =>
    (Array.isArray(value) ? value[0] : value) ?? ''
  const from = first(params.from).trim()
  const to = first(params.to).trim()
  if (!from && !to) {
    const [lastMonth] = outcomePresets(now)
    return outcomePeriod(lastMonth?.from ?? '', lastMonth?.to ?? '')
  }
  return outcomePeriod(from, to)
}
