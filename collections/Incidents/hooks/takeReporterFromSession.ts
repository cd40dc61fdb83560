import type { CollectionBeforeChangeHook } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'

/**
 * A member's report belongs to the member and their business, and starts as submitted, whatever the
 * request body said. Field access already dropped those fields from a member's input.
 */
export const takeReporterFromSession: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const member = memberWithRole(req, 'member', 'business-manager')
  const business = businessOf(member)
  if (!member || business === null) return data
  return { ...data, reporter: member.id, business, status: 'submitted' }
}
