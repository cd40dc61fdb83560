import type { PayloadRequest } from 'payload'
import { memberWithRole } from '@/access/member'

/**
 * Of `ids`, the proposals still awaiting staff that the calling member made themselves: the unknown person
 * they asked staff to identify with a report. Proposals are staff-only to read, so the proposer cannot
 * read them back; linking their own entry to their own report tells them nothing new.
 */
export const ownProposalsAmong = async (ids: number[], req: PayloadRequest): Promise<number[]> => {
  const member = memberWithRole(req, 'member', 'business-manager')
  if (!member || !ids.length) return []
  const found = await req.payload.find({
    collection: 'offenders',
    where: {
      and: [{ id: { in: ids } }, { status: { equals: 'proposed' } }, { proposedBy: { equals: member.id } }],
    },
    select: { status: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    // Only asks which of these ids are the caller's own proposals, which read access hides from them.
    overrideAccess: true,
    req,
  })
  return found.docs.map((doc) => doc.id)
}
