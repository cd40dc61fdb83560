import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'
import { relationId } from '@/access/relationId'

/** A member may attach a photo only to their own business's report, and never to a profile directly. */
export const checkMemberLinks: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const member = memberWithRole(req, 'member', 'business-manager')
  if (operation !== 'create' || !member) return data
  if (relationId(data.offender) !== null) {
    throw new APIError('Photos of people are linked to profiles by scheme staff.', 403, null, true)
  }
  const incidentId = relationId(data.incident)
  if (incidentId === null) return data
  const incident = await req.payload.findByID({
    collection: 'incidents',
    id: incidentId,
    depth: 0,
    select: { business: true },
    disableErrors: true,
    // The member's own read access decides whether they may link to this report.
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (!incident || relationId(incident.business) !== businessOf(member)) {
    throw new APIError('That report is not one of your business’s reports.', 403, null, true)
  }
  return data
}
