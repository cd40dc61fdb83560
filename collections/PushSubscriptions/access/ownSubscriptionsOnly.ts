import type { Access, AccessResult } from 'payload'
import { memberOf } from '@/access/accountOf'

/** A member changes or removes only their own devices; staff change none of them (the member owns them). */
export const ownSubscriptionsOnly: Access = ({ req }): AccessResult => {
  const member = memberOf(req)
  return member ? { member: { equals: member.id } } : false
}
