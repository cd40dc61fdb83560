import type { PayloadRequest } from 'payload'
import { addMonths } from '@/lib/time/addMonths'
import { anonymiseIncident } from './anonymiseIncident'
import { candidateCutoff } from './candidateCutoff'
import { closingPoliceOutcomes } from './closingPoliceOutcomes'
import { eachInOwnTransaction } from './eachInOwnTransaction'
import { isOpenPoliceCase } from './isOpenPoliceCase'
import type { RetentionRules } from './retentionRules'

/**
 * Rule 3: reports older than `incidentMonths` are anonymised, once (`anonymisedAt`). A report whose police
 * case is still open waits: it may be evidence in court.
 */
export const anonymiseOldIncidents = async (req: PayloadRequest, now: Date, rules: RetentionRules) => {
  const candidates = await req.payload.find({
    collection: 'incidents',
    where: {
      and: [
        { anonymisedAt: { exists: false } },
        { occurredAt: { less_than: candidateCutoff(now, rules.incidentMonths) } },
      ],
    },
    select: { occurredAt: true, offenders: true, evidence: true, police: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true, // a scheduled job acting for the scheme
    req,
  })
  const old = candidates.docs.filter(
    (incident) => addMonths(new Date(incident.occurredAt), rules.incidentMonths) <= now,
  )
  const closing = await closingPoliceOutcomes(req)
  const due = old.filter((incident) => !isOpenPoliceCase(incident.police, closing))
  const outcome = await eachInOwnTransaction(req, due, 'anonymise a report', (incident) =>
    anonymiseIncident(req, incident, rules, now),
  )
  return { anonymised: outcome.done, keptForPoliceCase: old.length - due.length, failed: outcome.failed }
}
