import type { CollectionBeforeChangeHook } from 'payload'
import { memberOf } from '@/access/accountOf'

/**
 * The device's owner is the signed-in member, whatever the data says; it never changes afterwards. System
 * code (no member on the request) keeps what it was given.
 */
export const takeOwnerFromSession: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const member = memberOf(req)
  if (operation === 'create') return member ? { ...data, member: member.id } : data
  return { ...data, member: originalDoc?.member }
}
