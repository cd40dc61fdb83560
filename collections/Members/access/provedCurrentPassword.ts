import type { PayloadRequest } from 'payload'
import { memberOf } from '@/access/accountOf'
import { currentPasswordCheckedFor } from '@/lib/auth/currentPasswordChecked'

/**
 * True when the caller is changing their own account (`id`) and server code has vouched, in `req.context`,
 * that they have just given their current password (lib/auth/changeMemberPassword). Never for another
 * account, nor for a bulk update (no id).
 */
export const provedCurrentPassword = (req: PayloadRequest, id: number | string | undefined): boolean => {
  const member = memberOf(req)
  if (!member || id === undefined || String(id) !== String(member.id)) return false
  return currentPasswordCheckedFor(req.context) === member.id
}
