import { mayReadSchemePattern } from '@/collections/Incidents/access/mayReadSchemePattern'
import { PeriodChooser } from '@/components/figures/PeriodChooser'
import { SchemePatternSummary } from '@/components/figures/SchemePatternSummary'
import { BackLink } from '@/components/shared/BackLink'
import { getSchemePattern } from '@/features/figures/getSchemePattern'
import { periodFromParams } from '@/features/outcomes/periodFromParams'
import { requireMemberAllowedBy } from '@/lib/auth/requireMemberAllowedBy'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

export const metadata = { title: 'Patterns' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

/** Police: when, what and where across the scheme, against the previous period of the same length. */
export default async function PatternsPage({ searchParams }: { searchParams: SearchParams }) {
  const officer = await requireMemberAllowedBy(mayReadSchemePattern, 'Patterns')
  const params = await searchParams
  const period = periodFromParams({ from: params.from, to: params.to })
  const pattern = 'error' in period ? null : await getSchemePattern(await getPayloadClient(), officer, period)
  return (
    <div className="space-y-6">
      <BackLink href="/figures">Figures</BackLink>
      <h1 className="text-2xl font-bold">Patterns across the scheme</h1>
      <PeriodChooser action="/figures/patterns" period={period} look="members" />
      {pattern ? <SchemePatternSummary pattern={pattern} /> : null}
    </div>
  )
}
