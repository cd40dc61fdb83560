import type { CollectionBeforeChangeHook } from 'payload'
import { staffOf } from '@/access/accountOf'
import { memberWithRole } from '@/access/member'

/**
 * A member's entry is always a proposal, credited to them. When staff approve a profile, who and when are
 * recorded here, never taken from the request.
 */
export const stampProposalAndApproval: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const member = memberWithRole(req, 'member', 'business-manager')
  if (operation === 'create' && member) {
    return { ...data, status: 'proposed', proposedBy: member.id, safeguarding: false }
  }
  const staff = staffOf(req)
  const becomesApproved = data.status === 'approved' && originalDoc?.status !== 'approved'
  if (becomesApproved && staff) {
    return { ...data, approvedBy: staff.id, approvedAt: new Date().toISOString() }
  }
  return data
}
