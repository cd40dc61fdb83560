import 'server-only'
import type { MemberAccount } from '@/access/accountOf'
import { relationIds } from '@/access/relationIds'
import { offenderProfileSelect } from '@/collections/Offenders/offenderProfileSelect'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { getLinkedIncidentSummary } from './getLinkedIncidentSummary'

/**
 * A profile as this member may see it, with the pattern of offending of the linked incidents the viewer
 * may read (a business sees its own; police all) and the latest ten of them. Null when not visible.
 */
export const getOffenderProfile = async (member: MemberAccount, id: number) => {
  const payload = await getPayloadClient()
  const offender = await payload.findByID({
    collection: 'offenders',
    id,
    depth: 1,
    populate: { offenders: { displayName: true }, 'warning-markers': { label: true } },
    select: offenderProfileSelect,
    joins: false,
    disableErrors: true,
    user: member,
    overrideAccess: false,
  })
  if (!offender) return null
  // Counted in PostgreSQL, with the latest ten, in one query: a busy profile has thousands of reports.
  const { pattern, recent } = await getLinkedIncidentSummary(member, id)
  return {
    offender: {
      ...offender,
      photoIds: relationIds(offender.photos),
    },
    pattern,
    recent,
    totalIncidents: pattern.total,
  }
}
