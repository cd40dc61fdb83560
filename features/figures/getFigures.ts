import 'server-only'
import { createLocalReq, Forbidden, type Payload, type Where } from 'payload'
import type { Account } from '@/access/accountOf'
import { figuresScopeOf } from '@/collections/Incidents/access/figuresScopeOf'
import { readPoliceOutcomeField } from '@/collections/Incidents/access/readPoliceOutcomeField'
import type { OutcomePeriod } from '@/features/outcomes/outcomePeriod'
import { readableIdsSql } from '@/lib/database/readableIdsSql'
import { countReportFigures } from './countReportFigures'
import { countSchemeAverages } from './countSchemeAverages'
import { inPeriodWhere } from './inPeriodWhere'
import type { FiguresPage } from './types'
import { wholeMonthsOf } from './wholeMonthsOf'

/**
 * The figures page for `viewer`: a business manager's own business (the business from their account; no
 * parameter names one), or the scheme's for police and scheme staff, each beside the scheme's average per
 * business. The reports counted are those the incidents' own read access gives the viewer
 * (readableIdsSql); everyone else is refused (figuresScopeOf, docs/figures.md).
 */
export const getFigures = async (
  payload: Payload,
  viewer: Account,
  asked: OutcomePeriod,
): Promise<FiguresPage> => {
  const req = await createLocalReq({ user: viewer }, payload)
  const scope = figuresScopeOf(req)
  if (!scope) throw new Forbidden(req.t)
  // A manager's period is whole months, so averages cannot be differenced day by day (wholeMonthsOf).
  const period = scope.kind === 'business' ? wholeMonthsOf(asked) : asked
  const inPeriod = inPeriodWhere(period.start, period.end)
  // The manager's business is named again beside the access rule's own scope: either alone would do.
  const where: Where =
    scope.kind === 'business' ? { and: [inPeriod, { business: { equals: scope.business } }] } : inPeriod
  const [incidents, averages, seesOutcomes] = await Promise.all([
    readableIdsSql(payload, 'incidents', viewer, where),
    countSchemeAverages(payload, period),
    readPoliceOutcomeField({ req }),
  ])
  const figures = await countReportFigures(payload, incidents, period)
  // Every reader figuresScopeOf admits may read outcomes today; if that rule ever narrows, the rate goes.
  if (!seesOutcomes) {
    figures.positiveOutcomes = 0
    figures.outcomeRate = null
    averages.outcomeRate = null
  }
  return { scope: scope.kind, from: period.from, to: period.to, figures, averages }
}
