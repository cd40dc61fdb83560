import type { CollectionBeforeChangeHook } from 'payload'
import { accountOf } from '@/access/accountOf'

/** The sender and the time come from the session and the clock, whatever the data says. */
export const stampSender: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const account = accountOf(req)
  return {
    ...data,
    sentBy: account ? { relationTo: account.collection, value: account.id } : data.sentBy,
    sentAt: new Date().toISOString(),
  }
}
