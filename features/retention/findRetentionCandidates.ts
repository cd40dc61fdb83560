import type { PayloadRequest, Where } from 'payload'
import { retentionProfileSelect } from './retentionProfile'

/**
 * The profiles in `status` that may be due for a retention rule (any of `dueWhen`), with only the fields
 * retention reads. The rule itself then decides, profile by profile, which are really due.
 */
export const findRetentionCandidates = async (
  req: PayloadRequest,
  status: 'approved' | 'archived',
  dueWhen: Where[],
) => {
  const found = await req.payload.find({
    collection: 'offenders',
    where: { and: [{ status: { equals: status } }, { or: dueWhen }] },
    select: retentionProfileSelect,
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true, // a scheduled job acting for the scheme
    req,
  })
  return found.docs
}
