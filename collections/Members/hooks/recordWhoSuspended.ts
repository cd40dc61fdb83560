import type { CollectionBeforeChangeHook } from 'payload'
import { memberWithRole } from '@/access/member'

/**
 * Records who suspended an account, from the session (the field itself is closed to every client): a
 * business manager's suspension is 'business', anyone else's (scheme staff, or server code acting for the
 * scheme) is 'staff', which only scheme staff may lift. An account that stays suspended keeps its record;
 * an active one has none. Reads only `data` and `originalDoc`.
 */
export const recordWhoSuspended: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const status = data.accountStatus ?? originalDoc?.accountStatus
  if (status !== 'suspended') return { ...data, suspendedBy: null }
  if (originalDoc?.accountStatus === 'suspended') {
    return { ...data, suspendedBy: originalDoc.suspendedBy ?? 'staff' }
  }
  return { ...data, suspendedBy: memberWithRole(req, 'business-manager') ? 'business' : 'staff' }
}
