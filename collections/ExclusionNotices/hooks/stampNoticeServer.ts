import type { CollectionBeforeChangeHook } from 'payload'
import { accountOf } from '@/access/accountOf'
import type { ExclusionNotice } from '@/payload-types'

/**
 * When a notice is first recorded as served, who served it is the account making the change, whatever the
 * data says: the serve action, the admin and any other door give the same answer. The name is the
 * account's unless one was given (a staff member recording service done by someone without an account).
 * System writes without an account (seeds) keep what they set.
 */
export const stampNoticeServer: CollectionBeforeChangeHook<ExclusionNotice> = ({
  data,
  originalDoc,
  req,
}) => {
  const account = accountOf(req)
  if (!account || !data.service?.servedAt || originalDoc?.service?.servedAt) return data
  data.service.servedByStaff = account.collection === 'users' ? account.id : null
  data.service.servedByMember = account.collection === 'members' ? account.id : null
  if (!data.service.servedByName) data.service.servedByName = account.name
  return data
}
