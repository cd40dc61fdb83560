import type { PayloadRequest } from 'payload'
import { relationIds } from '@/access/relationIds'
import { closingPoliceOutcomes } from './closingPoliceOutcomes'
import { openPoliceCaseWhere } from './openPoliceCaseWhere'

/** Which of these profiles are linked to a report with an open police case. */
export const profilesWithOpenPoliceCase = async (
  req: PayloadRequest,
  offenderIds: number[],
  overrideAccess: boolean,
): Promise<Set<number>> => {
  if (!offenderIds.length) return new Set()
  const closing = await closingPoliceOutcomes(req)
  const open = await req.payload.find({
    collection: 'incidents',
    where: { and: [{ offenders: { in: offenderIds } }, openPoliceCaseWhere(closing)] },
    select: { offenders: true },
    depth: 0,
    pagination: false,
    limit: 0,
    // true only for the scheduled job; the admin countdown asks as the staff member viewing the profile
    overrideAccess,
    user: req.user,
    req,
  })
  const wanted = new Set(offenderIds)
  return new Set(
    open.docs.flatMap((incident) => relationIds(incident.offenders)).filter((id) => wanted.has(id)),
  )
}
