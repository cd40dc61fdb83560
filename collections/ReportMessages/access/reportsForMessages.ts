import type { FilterOptionsProps, Where } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'

/**
 * The reports a member may write on: their own business's (the reporter check itself is the hook's). Police
 * and staff may pick any report they can read (Payload re-reads the id with their read access).
 */
export const reportsForMessages = ({ req }: FilterOptionsProps): Where | true => {
  const business = businessOf(memberWithRole(req, 'member', 'business-manager'))
  return business !== null ? { business: { equals: business } } : true
}
