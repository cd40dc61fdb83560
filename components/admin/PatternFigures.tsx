import type { Payload } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { SchemePatternSummary } from '@/components/figures/SchemePatternSummary'
import { getSchemePattern } from '@/features/figures/getSchemePattern'
import type { OutcomePeriod } from '@/features/outcomes/outcomePeriod'

/** One period's scheme pattern, read as the staff account (its own read access picks the reports). */
export const PatternFigures = async ({
  payload,
  staff,
  period,
}: {
  payload: Payload
  staff: StaffAccount
  period: OutcomePeriod
}) => <SchemePatternSummary pattern={await getSchemePattern(payload, staff, period)} wide />
