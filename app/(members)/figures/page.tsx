import Link from 'next/link'
import { figuresScopeOf } from '@/collections/Incidents/access/figuresScopeOf'
import { mayReadFigures } from '@/collections/Incidents/access/mayReadFigures'
import { mayReadSchemePattern } from '@/collections/Incidents/access/mayReadSchemePattern'
import { FiguresSummary } from '@/components/figures/FiguresSummary'
import { PeriodChooser } from '@/components/figures/PeriodChooser'
import { getFigures } from '@/features/figures/getFigures'
import { periodFromParams } from '@/features/outcomes/periodFromParams'
import { requireMemberAllowedBy } from '@/lib/auth/requireMemberAllowedBy'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

export const metadata = { title: 'Figures' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

/**
 * A business manager's own figures beside the scheme's average per business; police see the scheme's.
 * Only the period is read from the address: whose figures they are comes from the account (docs/figures.md).
 */
export default async function FiguresPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireMemberAllowedBy(mayReadFigures, 'Figures')
  const params = await searchParams
  const period = periodFromParams({ from: params.from, to: params.to })
  const payload = await getPayloadClient()
  const page = 'error' in period ? null : await getFigures(payload, member, period)
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        {figuresScopeOf({ user: member })?.kind === 'scheme' ? 'Scheme figures' : 'Your figures'}
      </h1>
      <p className="text-slate-700">
        Reports by when they happened (UK time). The scheme average is one number per business, never another
        business’s figures.
      </p>
      {mayReadSchemePattern({ user: member }) ? (
        <p>
          <Link href="/figures/patterns" className="font-semibold underline">
            Patterns across the scheme
          </Link>
        </p>
      ) : null}
      <PeriodChooser action="/figures" period={period} look="members" />
      {page ? <FiguresSummary page={page} /> : null}
    </div>
  )
}
